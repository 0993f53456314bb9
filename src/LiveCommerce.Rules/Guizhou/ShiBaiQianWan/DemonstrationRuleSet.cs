using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// The Guizhou "十百千万" provincial demonstration projects, per project: category (<c>GZ-DEMO-CATEGORIES</c>), one
/// application a year (<c>GZ-DEMO-ANNUAL</c>), the application route (<c>GZ-DEMO-ROUTE</c>) and attachments
/// (<c>GZ-DEMO-ATTACHMENTS</c>), the recognition criteria (<c>GZ-DEMO-CRITERIA</c>), the provincial review
/// (<c>GZ-DEMO-REVIEW</c>), the annual data report due 10 December (<c>GZ-DEMO-REPORTING</c>) and dynamic revocation
/// (<c>GZ-DEMO-REVOCATION</c>).
/// </summary>
/// <remarks>
/// <para>The recognition criteria are in attachment 2, which is not in the source. They are configuration
/// (<see cref="DemonstrationCriteria"/>) supplied through <see cref="Create"/>. Without them — the
/// <c>Default</c> rule set — the criteria and revocation rules report <see cref="Outcome.NotEvaluated"/> naming
/// the missing configuration <c>GZ-DEMO-CRITERIA</c>, so a report is <see cref="ReportOutcome.Incomplete"/>, never met.
/// The configuration is written into every report's fingerprint.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DemonstrationRuleSet
    : RuleSet<DemonstrationRuleSet, DemonstrationProject, DemonstrationCriteria?>, IRuleSetDeclaration<DemonstrationRuleSet, DemonstrationCriteria?>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "gz-demonstration";

    /// <summary>The first application round (从2023年开始).</summary>
    public const int FirstYear = 2023;

    /// <summary>The last year accepted in facts.</summary>
    public const int LastYear = 9998;

    private readonly string? criteriaJson;

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = GuizhouDocuments.ShiBaiQianWanScope.Describe(
        RuleSetId,
        "1.0.0",
        new LocalizedText("“十百千万”工程:省级电子商务示范项目认定与动态管理", "\"Ten-Hundred-Thousand-Ten-thousand\" programme: recognition and dynamic management of provincial demonstration projects"));

    /// <summary>The parameters: none (the criteria are a <see cref="DemonstrationCriteria"/> configuration, not numbers by key).</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = [];

    private DemonstrationRuleSet(DemonstrationCriteria? criteria, ParameterSet overrides)
        : base(criteria, Check(criteria, overrides))
    {
        criteriaJson = criteria is null ? null : JsonSerializer.Serialize(criteria, JsonContext.Default.DemonstrationCriteria);
    }

    // Default has no recognition criteria: the criteria and revocation rules report not evaluated.
    static DemonstrationCriteria? IRuleSetDeclaration<DemonstrationRuleSet, DemonstrationCriteria?>.DefaultOptions => null;

    /// <summary>The recognition criteria in force (the rule set's <c>Options</c>), or <see langword="null"/> when none are configured.</summary>
    public DemonstrationCriteria? Criteria => Options;

    /// <summary>Creates the rule set with the host's recognition criteria (attachment 2).</summary>
    /// <param name="criteria">The criteria, or <see langword="null"/> for none (the report is then incomplete).</param>
    /// <param name="overrides">Parameter overrides (the rule set has none; any key is rejected).</param>
    /// <exception cref="RuleConfigurationException">The criteria are invalid (every problem with its path), or an override is unknown.</exception>
    public static DemonstrationRuleSet Create(DemonstrationCriteria? criteria = null, ParameterSet? overrides = null) => Of(criteria, overrides);

    /// <summary>The same rule set with other recognition criteria (the rule set's <c>WithOptions</c>).</summary>
    /// <exception cref="RuleConfigurationException">The criteria are invalid.</exception>
    public DemonstrationRuleSet WithCriteria(DemonstrationCriteria? criteria) => WithOptions(criteria);

    static DemonstrationRuleSet IRuleSetDeclaration<DemonstrationRuleSet, DemonstrationCriteria?>.New(DemonstrationCriteria? criteria, ParameterSet overrides) =>
        new(criteria, overrides);

    private protected override JsonTypeInfo<DemonstrationProject> FactsTypeInfo => JsonContext.Default.DemonstrationProject;

    internal override string? FingerprintConfiguration => criteriaJson;

    // The base constructor builds the rules before this constructor assigns Criteria, so the criteria rules hold the
    // rule set itself and read its (then assigned, immutable) criteria when they evaluate.
    private protected override ImmutableArray<Rule<DemonstrationProject>> BuildRules() =>
    [
        new CategoryRule(),
        new AnnualApplicationRule(),
        new ApplicationRouteRule(),
        new AttachmentsRule(),
        CriteriaRule.Recognition(this),
        ProvincialReviewRule.Create(),
        new AnnualReportingRule(),
        CriteriaRule.Revocation(this),
    ];

    private protected override void ValidateFacts(DemonstrationProject facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.ProjectName, "$.projectName", problems);
        FactsChecks.NotBlank(facts.OperatorName, "$.operatorName", problems);
        FactsChecks.NotBlank(facts.City, "$.city", problems);
        CheckCategory(facts.Category, "$.category", problems);
        if (facts.Application is { } application)
        {
            CheckYear(application.Year, "$.application.year", problems);
            CheckIndicators(application.Indicators, "$.application.indicators", problems);
            CheckAttachments(application.AttachmentsFiled, problems);
            if (application.Route is { } route && !Enum.IsDefined(route.SubmittedBy))
            {
                problems.Add("$.application.route.submittedBy", "invalid", "未知的申报主体(应为 operatingEntity、enterprise 或 other)", "Unknown submitter: expected operatingEntity, enterprise or other.", route.SubmittedBy.ToString());
            }
        }

        if (facts.Recognition?.Review is { } review)
        {
            FactsChecks.NotNull(review.DocumentReview, "$.recognition.review.documentReview", problems);
            FactsChecks.NotNull(review.SiteVisit, "$.recognition.review.siteVisit", problems);
            FactsChecks.NotNull(review.PanelReview, "$.recognition.review.panelReview", problems);
        }

        if (facts.PriorApplications.IsDefault)
        {
            problems.Add("$.priorApplications", "required", "缺少必填属性(无则填 [])", "The required property 'priorApplications' is missing (give [] for none).");
        }
        else
        {
            for (int i = 0; i < facts.PriorApplications.Length; i++)
            {
                if (YearInRange(facts.PriorApplications[i].Year) && DemonstrationCategories.IsDefined(facts.PriorApplications[i].Category))
                {
                    continue; // the usual case: nothing to report, no path formatted
                }

                string path = Path("$.priorApplications", i);
                CheckYear(facts.PriorApplications[i].Year, path + ".year", problems);
                CheckCategory(facts.PriorApplications[i].Category, path + ".category", problems);
            }
        }

        if (facts.Recognition is { } recognition && recognition.RecognisedOn.Year < FirstYear)
        {
            problems.Add(
                "$.recognition.recognisedOn",
                "year-before-programme",
                "认定日期早于2023年:示范项目认定从2023年开始",
                "The recognition date is before 2023: recognition began in 2023.",
                recognition.RecognisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (facts.AnnualReports.IsDefault)
        {
            problems.Add("$.annualReports", "required", "缺少必填属性(无则填 [])", "The required property 'annualReports' is missing (give [] for none).");
            return;
        }

        if (facts.AnnualReports.Length > 0 && facts.Recognition is null)
        {
            problems.Add("$.annualReports", "inconsistent", "尚未认定的项目不应有年度报送数据", "Annual reports are given for a project that is not recognised.");
        }

        var years = new HashSet<int>();
        for (int i = 0; i < facts.AnnualReports.Length; i++)
        {
            AnnualDataReport report = facts.AnnualReports[i];
            if (YearInRange(report.Year)
                && report.SubmittedOn >= new DateOnly(report.Year, 1, 1)
                && !(facts.Recognition is { } recognised && report.Year < recognised.RecognisedOn.Year)
                && IndicatorsClean(report.Indicators)
                && years.Add(report.Year))
            {
                continue; // the usual case: nothing to report, no path formatted
            }

            string path = Path("$.annualReports", i);
            if (CheckYear(report.Year, path + ".year", problems))
            {
                if (!years.Add(report.Year))
                {
                    problems.Add(path + ".year", "duplicate", $"{report.Year} 年度数据重复", $"The {report.Year} report appears more than once.", Invariant(report.Year));
                }

                if (report.SubmittedOn < new DateOnly(report.Year, 1, 1))
                {
                    problems.Add(path + ".submittedOn", "inconsistent", "报送日期早于数据所属年度", "The report is dated before the year its data is for.", report.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                if (facts.Recognition is { } r && report.Year < r.RecognisedOn.Year)
                {
                    problems.Add(path + ".year", "inconsistent", "年度早于认定年度", "The report is for a year before the recognition.", Invariant(report.Year));
                }
            }

            CheckIndicators(report.Indicators, path + ".indicators", problems);
        }
    }

    /// <summary>Attachment numbers are 3 to 12 (附件3-12), each filed once.</summary>
    private static void CheckAttachments(ImmutableArray<int> filed, ValidationCollector problems)
    {
        if (filed.IsDefault)
        {
            problems.Add("$.application.attachmentsFiled", "required", "缺少必填属性(无则填 [])", "The required property 'attachmentsFiled' is missing (give [] for none).");
            return;
        }

        for (int i = 0; i < filed.Length; i++)
        {
            int n = filed[i];
            bool repeated = false;
            for (int k = 0; k < i; k++)
            {
                repeated |= filed[k] == n;
            }

            if (n is >= 3 and <= 12 && !repeated)
            {
                continue; // the usual case: nothing to report, no path formatted
            }

            string path = Path("$.application.attachmentsFiled", i);
            if (n is < 3 or > 12)
            {
                problems.Add(path, "range", $"附件编号 {n} 不在 3–12 之间", $"Attachment {n} is not one of attachments 3–12.", Invariant(n));
            }
            else
            {
                problems.Add(path, "duplicate", $"附件 {n} 重复", $"Attachment {n} appears more than once.", Invariant(n));
            }
        }
    }

    private static ParameterSet Check(DemonstrationCriteria? criteria, ParameterSet overrides)
    {
        if (criteria is not null)
        {
            ValidationResult result = criteria.Validate();
            if (!result.IsValid)
            {
                throw new RuleConfigurationException([.. result.Problems.Select(p => $"Rule GZ-DEMO-CRITERIA: the criteria configuration is invalid at {p.Path} [{p.Code}]: {p.Message.En}")]);
            }
        }

        return overrides;
    }

    internal static void CheckCategory(DemonstrationCategory category, string path, ValidationCollector problems)
    {
        if (!DemonstrationCategories.IsDefined(category))
        {
            problems.Add(path, "unknown-category", "未知的示范项目类别(应为 park、liveBase、enterprise 或 liveTeam)", "Unknown demonstration category: expected park, liveBase, enterprise or liveTeam.", category.ToString());
        }
    }

    /// <summary>Reports a year before 2023 or beyond <see cref="LastYear"/>; returns whether the year is usable.</summary>
    internal static bool CheckYear(int year, string path, ValidationCollector problems)
    {
        if (year < FirstYear)
        {
            problems.Add(path, "year-before-programme", $"年度 {year} 早于2023年:工作从2023年开始,每年开展1次", $"The year {year} is before 2023: the programme runs once a year from 2023.", Invariant(year));
            return false;
        }

        if (year > LastYear)
        {
            problems.Add(path, "range", $"年度 {year} 超出范围", $"The year {year} is out of range.", Invariant(year));
            return false;
        }

        return true;
    }

    private static bool YearInRange(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Whether the indicators have nothing to report (the checks of <see cref="CheckIndicators"/>, without the
    /// paths); lists too long to scan are not called clean.</summary>
    private static bool IndicatorsClean(ImmutableArray<IndicatorValue> indicators)
    {
        if (indicators.IsDefault || indicators.Length > 16)
        {
            return false;
        }

        for (int i = 0; i < indicators.Length; i++)
        {
            IndicatorValue v = indicators[i];
            if (string.IsNullOrWhiteSpace(v.Indicator) || v.Value < 0m || v.Value > Money.MaxYuan)
            {
                return false;
            }

            for (int k = 0; k < i; k++)
            {
                if (string.Equals(indicators[k].Indicator, v.Indicator, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void CheckIndicators(ImmutableArray<IndicatorValue> indicators, string path, ValidationCollector problems)
    {
        if (IndicatorsClean(indicators))
        {
            return; // the usual case: nothing to report, no path formatted, no set built
        }

        if (indicators.IsDefault)
        {
            problems.Add(path, "required", "缺少必填属性(无则填 [])", "The required property is missing (give [] for none).");
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < indicators.Length; i++)
        {
            IndicatorValue v = indicators[i];
            string p = Path(path, i);
            FactsChecks.NotBlank(v.Indicator, p + ".indicator", problems);
            if (v.Indicator is not null && !keys.Add(v.Indicator))
            {
                problems.Add(p + ".indicator", "duplicate", $"指标“{v.Indicator}”重复", $"The indicator '{v.Indicator}' appears more than once.", v.Indicator);
            }

            if (v.Value < 0m)
            {
                problems.Add(p + ".value", "negative", "指标值不能为负数", "An indicator value must not be negative.", v.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (v.Value > Money.MaxYuan)
            {
                problems.Add(p + ".value", "range", "指标值不应超过 999,999,999,999,999.99", "An indicator value must be at most 999,999,999,999,999.99.", v.Value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Path(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}]");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
