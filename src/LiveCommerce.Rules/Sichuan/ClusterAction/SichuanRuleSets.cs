using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Sichuan.ClusterAction.Rules;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Sichuan.ClusterAction;

/// <summary>
/// Sichuan new-consumption-format cluster pilots (电商消费新业态集聚区), per county: the applicant
/// (<c>SC-CLUSTER-APPLICANT</c>), the years of support (<c>SC-CLUSTER-SUPPORT-YEARS</c>), the selection procedure
/// (<c>SC-CLUSTER-SELECTION</c>), the county government's duties (<c>SC-CLUSTER-COUNTY-DUTIES</c>), the recovery of
/// funds after a failed evaluation and rectification (<c>SC-PERFORMANCE-CLAWBACK</c>), the owner unit's own review
/// (<c>SC-SELF-EVALUATION</c>) and the third-party evaluation (<c>SC-THIRD-PARTY-EVALUATION</c>).
/// </summary>
/// <remarks>The source is a draft for comment (<see cref="DocumentStatus.Draft"/>): every report carries the
/// <c>draft-document</c> notice. Immutable and thread-safe.</remarks>
public sealed class SichuanClusterPilotRuleSet
    : RuleSet<SichuanClusterPilotRuleSet, SichuanClusterPilotApplication, SichuanClusterPilotOptions>, IRuleSetDeclaration<SichuanClusterPilotRuleSet, SichuanClusterPilotOptions>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "sc-cluster-pilot";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } =
        SichuanDraft.Info(RuleSetId, new("电商消费新业态集聚区项目试点(征求意见稿)", "New e-commerce consumption format cluster pilot (draft)"));

    /// <summary>The parameters: the longest run of consecutive years of support (三年).</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(SichuanClauses.ClusterSupportYears);

    private readonly string optionsJson;

    private SichuanClusterPilotRuleSet(SichuanClusterPilotOptions options, ParameterSet overrides)
        : base(options, Check(options, overrides))
    {
        optionsJson = Readings.FingerprintJson(("supportYears", options.SupportYears));
    }

    static SichuanClusterPilotOptions IRuleSetDeclaration<SichuanClusterPilotRuleSet, SichuanClusterPilotOptions>.DefaultOptions => SichuanClusterPilotOptions.Default;

    /// <summary>Creates the rule set with overrides (a shorter support period only).</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard.</exception>
    public static SichuanClusterPilotRuleSet Create(ParameterSet? overrides = null) => Of(SichuanClusterPilotOptions.Default, overrides);

    /// <summary>Creates the rule set with reading options and overrides.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard, or an option is undefined.</exception>
    public static SichuanClusterPilotRuleSet Create(SichuanClusterPilotOptions options, ParameterSet? overrides = null) =>
        Of(options ?? throw new ArgumentNullException(nameof(options)), overrides);

    static SichuanClusterPilotRuleSet IRuleSetDeclaration<SichuanClusterPilotRuleSet, SichuanClusterPilotOptions>.New(SichuanClusterPilotOptions options, ParameterSet overrides) =>
        new(options, overrides);

    private protected override JsonTypeInfo<SichuanClusterPilotApplication> FactsTypeInfo => JsonContext.Default.SichuanClusterPilotApplication;

    internal override string? FingerprintConfiguration => optionsJson;

    private static ParameterSet Check(SichuanClusterPilotOptions options, ParameterSet overrides)
    {
        var problems = new List<string>();
        Readings.CheckDefined(options.SupportYears, "Rule SC-CLUSTER-SUPPORT-YEARS", "support-years reading", problems);
        return Readings.Checked(problems, overrides);
    }

    private protected override ImmutableArray<Rule<SichuanClusterPilotApplication>> BuildRules() =>
    [
        ApplicantRule<SichuanClusterPilotApplication>.Cluster(),
        new SupportYearsRule(Parameters.ThresholdOf(SichuanClauses.ClusterSupportYears), this),
        Checklists.Selection(),
        Checklists.CountyDuties(),
        new PerformanceClawbackRule<SichuanClusterPilotApplication>(static f => f.Performance),
        Checklists.SelfEvaluation<SichuanClusterPilotApplication>(static f => f.Performance),
        Checklists.ThirdPartyEvaluation<SichuanClusterPilotApplication>(static f => f.Performance),
    ];

    private protected override void ValidateFacts(SichuanClusterPilotApplication facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.ProjectName, "$.projectName", problems);
        SichuanDraft.CheckApplication(facts.County, facts.Applicant, facts.Performance, problems, facts.SelectionYear);
        if (facts.Selection is { } s)
        {
            FactsChecks.NotNull(s.MaterialReview, "$.selection.materialReview", problems);
            FactsChecks.NotNull(s.ExpertReview, "$.selection.expertReview", problems);
            FactsChecks.NotNull(s.SiteInspection, "$.selection.siteInspection", problems);
            FactsChecks.NotNull(s.PublicNotice, "$.selection.publicNotice", problems);
            FactsChecks.NotNull(s.ProjectLibrary, "$.selection.projectLibrary", problems);
        }

        if (facts.CountyDuties is { } d)
        {
            FactsChecks.NotNull(d.ImplementationPlan, "$.countyDuties.implementationPlan", problems);
            FactsChecks.NotNull(d.SpecialSupportPolicy, "$.countyDuties.specialSupportPolicy", problems);
            FactsChecks.NotNull(d.WorkingGroup, "$.countyDuties.workingGroup", problems);
            FactsChecks.NotNull(d.DesignatedPerson, "$.countyDuties.designatedPerson", problems);
        }

        if (facts.SupportYears.IsDefault)
        {
            problems.Add("$.supportYears", "required", "缺少支持年度(可为空数组)", "The support years are missing (give an empty array for none).");
            return;
        }

        var seen = new HashSet<int>();
        for (int i = 0; i < facts.SupportYears.Length; i++)
        {
            int year = facts.SupportYears[i];
            ItemProblems item = problems.Item("$.supportYears", i);
            SichuanDraft.Year(year, item);
            if (!seen.Add(year))
            {
                item.Add("", "duplicate", $"支持年度 {year} 重复", $"The support year {year} appears more than once.", year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}

/// <summary>
/// Sichuan provincial new-format e-commerce bases (省级电商新业态基地), per application: the applicant (<c>SC-BASE-APPLICANT</c>),
/// the qualitative criteria as evidence items with the premises' area against a parameter without default
/// (<c>SC-BASE-CRITERIA</c>), the recovery of funds (<c>SC-PERFORMANCE-CLAWBACK</c>), the owner unit's own review
/// (<c>SC-SELF-EVALUATION</c>) and the third-party evaluation (<c>SC-THIRD-PARTY-EVALUATION</c>).
/// </summary>
/// <remarks>The draft gives no figure for 较大载体面积: <c>SC-BASE-AREA</c> has no default, and without it
/// <c>SC-BASE-CRITERIA</c> reports <see cref="Outcome.NotEvaluated"/>. The source is a draft: every report carries the
/// <c>draft-document</c> notice. Immutable and thread-safe.</remarks>
public sealed class SichuanBaseRuleSet : RuleSet<SichuanBaseRuleSet, SichuanBaseApplication>, IRuleSetDeclaration<SichuanBaseRuleSet>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "sc-base";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } =
        SichuanDraft.Info(RuleSetId, new("省级电商新业态基地(征求意见稿)", "Provincial new-format e-commerce base (draft)"));

    /// <summary>The parameters: the minimum premises area, without default (the draft gives none).</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(SichuanClauses.BaseCriteria);

    // Default has no premises area: SC-BASE-CRITERIA reports the area as not checked.
    private SichuanBaseRuleSet(ParameterSet overrides)
        : base(overrides)
    {
    }

    static SichuanBaseRuleSet IRuleSetDeclaration<SichuanBaseRuleSet>.New(ParameterSet overrides) => new(overrides);

    private protected override JsonTypeInfo<SichuanBaseApplication> FactsTypeInfo => JsonContext.Default.SichuanBaseApplication;

    /// <summary>Creates the rule set with a minimum premises area.</summary>
    public static SichuanBaseRuleSet WithMinimumArea(Area minimum) => Create(ParameterSet.Empty.With(SichuanClauses.MinimumArea.Key, minimum.SquareMetres));


    private protected override ImmutableArray<Rule<SichuanBaseApplication>> BuildRules() =>
    [
        ApplicantRule<SichuanBaseApplication>.Base(),
        new BaseCriteriaRule(SichuanClauses.MinimumAreaIn(Parameters)),
        new PerformanceClawbackRule<SichuanBaseApplication>(static f => f.Performance),
        Checklists.SelfEvaluation<SichuanBaseApplication>(static f => f.Performance),
        Checklists.ThirdPartyEvaluation<SichuanBaseApplication>(static f => f.Performance),
    ];

    private protected override void ValidateFacts(SichuanBaseApplication facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.BaseName, "$.baseName", problems);
        SichuanDraft.CheckApplication(facts.County, facts.Applicant, facts.Performance, problems);
    }
}

/// <summary>What the Sichuan rule sets share: the draft they follow, and the checks of an application.</summary>
internal static class SichuanDraft
{
    private const string YearRangeZh = "年份应在 2000 至 2100 之间";
    private const string YearRangeEn = "The year must be from 2000 to 2100.";

    /// <summary>The description of a rule set of the draft action plan (a draft, with its comment period).</summary>
    public static RuleSetInfo Info(string id, LocalizedText title) => SichuanDocuments.ClusterActionPlanDraftScope.Describe(
        id,
        "1.1.0",
        title,
        new Deadline(SichuanDocuments.CommentPeriodEnd, new LocalizedText("征求意见稿公开征求意见", "public comment on the draft")));

    /// <summary>The county, the applicant's name, the selection year if any and the performance review of an application.</summary>
    public static void CheckApplication(string county, SichuanApplicant applicant, PerformanceReview? performance, ValidationCollector problems, int? selectionYear = null)
    {
        FactsChecks.NotBlank(county, "$.county", problems);
        FactsChecks.NotBlank(applicant.Name, "$.applicant.name", problems);
        if (selectionYear is { } year)
        {
            Year(year, "$.selectionYear", problems);
        }

        Performance(performance, "$.performance", problems);
    }

    /// <summary>Reports a year outside 2000–2100 at <paramref name="path"/>.</summary>
    private static void Year(int year, string path, ValidationCollector problems)
    {
        if (!IsYearInRange(year))
        {
            problems.Add(path, "range", YearRangeZh, YearRangeEn, year.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reports a year outside 2000–2100 at an array item.</summary>
    public static void Year(int year, ItemProblems item)
    {
        if (!IsYearInRange(year))
        {
            item.Add("", "range", YearRangeZh, YearRangeEn, year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool IsYearInRange(int year) => year is >= 2000 and <= 2100;

    private static void Performance(PerformanceReview? review, string path, ValidationCollector problems)
    {
        if (review is null)
        {
            return;
        }

        if (review.EvaluationPassed && review.RectificationPassed is not null)
        {
            problems.Add(path + ".rectificationPassed", "inconsistent", "绩效评价达标时不应有整改结果(整改仅针对不达标项目)", "A rectification result is given although the evaluation passed (rectification follows a failed evaluation only).");
        }

        if (review.FundsAllocated is { } funds && funds < Money.Zero)
        {
            problems.Add(path + ".fundsAllocated", "negative", "下达资金不能为负数", "The allocated funds must not be negative.");
        }
    }
}
