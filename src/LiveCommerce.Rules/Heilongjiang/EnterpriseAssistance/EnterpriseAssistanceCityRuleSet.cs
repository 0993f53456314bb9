using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>
/// The Heilongjiang live-commerce enterprise-assistance action, per city (市(地)) over its whole list: above-quota share
/// (<c>HLJ-ACT-COHORT-ABOVE-QUOTA</c>), contest share (<c>HLJ-ACT-COHORT-CONTEST</c>), on-site inspection
/// (<c>HLJ-ACT-COHORT-INSPECTION</c>), accepted count against the quota (<c>HLJ-ACT-COHORT-QUOTA</c>), payments for accepted
/// targets only (<c>HLJ-ACT-COHORT-PAYMENT</c>) and within the city's funds (<c>HLJ-ACT-COHORT-FUNDS</c>), monthly tracking
/// of the progress (<c>HLJ-ACT-COHORT-MONTHLY-TRACKING</c>), the satisfaction
/// survey (<c>HLJ-ACT-COHORT-SATISFACTION-SURVEY</c>), questioned materials reviewed on site
/// (<c>HLJ-ACT-COHORT-ON-SITE-REVIEW</c>), the selection results made public (<c>HLJ-ACT-COHORT-RESULTS-PUBLIC</c>), the
/// unspent balance (<c>HLJ-ACT-COHORT-UNSPENT-RETURNED</c>), the special performance-evaluation report
/// (<c>HLJ-ACT-COHORT-PERFORMANCE-REPORT</c>), the local plans (<c>HLJ-ACT-COHORT-LOCAL-PLANS</c>), funds used only for their
/// purpose (<c>HLJ-ACT-COHORT-EARMARKED-USE</c>) and the summary report (<c>HLJ-ACT-COHORT-SUMMARY</c>).
/// </summary>
/// <remarks>
/// Shares are compared exactly (<see cref="Primitives.Ratio"/>). The city's quota (<c>HLJ-ACT-CITY-QUOTA</c>) is in an
/// attachment not in the source: a parameter without default; without it the quota rule reports
/// <see cref="Outcome.NotEvaluated"/> and the report is <see cref="ReportOutcome.Incomplete"/>. Immutable and thread-safe.
/// </remarks>
public sealed class EnterpriseAssistanceCityRuleSet
    : RuleSet<EnterpriseAssistanceCityRuleSet, AssistanceCityCohort, EnterpriseAssistanceOptions>, IRuleSetDeclaration<EnterpriseAssistanceCityRuleSet, EnterpriseAssistanceOptions>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-enterprise-assistance-city";

    /// <summary>The most enterprises accepted in one city's list.</summary>
    public const int MaxEnterprises = 100_000;

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = HeilongjiangDocuments.EnterpriseAssistanceScope.Describe(
        RuleSetId,
        "1.2.0",
        new LocalizedText("直播电商(电子商务)助企行动:市(地)遴选、验收与总结", "Live-commerce enterprise-assistance action: city selection, acceptance and summary"),
        new Deadline(EnterpriseAssistanceClauses.ContestWindow.End, new LocalizedText("第二届互联网营销大赛(2023年上半年)", "the second internet marketing contest (first half of 2023)"), EnterpriseAssistanceClauses.CohortContest.Id),
        new Deadline(EnterpriseAssistanceClauses.ActionDeadline, new LocalizedText("助企行动", "the enterprise-assistance action"), EnterpriseAssistanceClauses.CohortQuota.Id))
        with { EffectiveWindow = EnterpriseAssistanceClauses.ActionWindow };

    /// <summary>The parameters: the three shares with their defaults (tightening only), and the city's quota and funds without default.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        EnterpriseAssistanceClauses.CohortAboveQuota, EnterpriseAssistanceClauses.CohortContest, EnterpriseAssistanceClauses.CohortInspection, EnterpriseAssistanceClauses.CohortQuota, EnterpriseAssistanceClauses.CohortFunds);

    private EnterpriseAssistanceCityRuleSet(EnterpriseAssistanceOptions options, ParameterSet overrides)
        : base(options, EnterpriseAssistanceOptions.Checked(options, RuleSetId, overrides))
    {
    }

    static EnterpriseAssistanceOptions IRuleSetDeclaration<EnterpriseAssistanceCityRuleSet, EnterpriseAssistanceOptions>.DefaultOptions => EnterpriseAssistanceOptions.Default;

    static EnterpriseAssistanceCityRuleSet IRuleSetDeclaration<EnterpriseAssistanceCityRuleSet, EnterpriseAssistanceOptions>.New(EnterpriseAssistanceOptions options, ParameterSet overrides) =>
        new(options, overrides);

    private protected override JsonTypeInfo<AssistanceCityCohort> FactsTypeInfo => JsonContext.Default.AssistanceCityCohort;

    /// <summary>Creates the rule set for one city (<c>Default</c> has no quota: the quota rule reports as not evaluated).</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown, loosens a standard, or is out of range, or an option is undefined.</exception>
    public static EnterpriseAssistanceCityRuleSet Create(ParameterSet? overrides = null, EnterpriseAssistanceOptions? options = null) => Of(options, overrides);

    internal override string? FingerprintConfiguration => Options.FingerprintJson;

    /// <summary>Creates the rule set for a city with its quota from the allocation table.</summary>
    public static EnterpriseAssistanceCityRuleSet ForCity(int quota) => Create(ParameterSet.Empty.With(EnterpriseAssistanceClauses.CityQuotaKey, quota));

    /// <summary>Creates the rule set for a city with its quota and allocated funds (资金分配数量) from the allocation table.</summary>
    public static EnterpriseAssistanceCityRuleSet ForCity(int quota, Primitives.Money allocatedFunds) =>
        Create(ParameterSet.Empty.With(EnterpriseAssistanceClauses.CityQuotaKey, quota).With(EnterpriseAssistanceClauses.CityFundsKey, allocatedFunds.Yuan));

    private protected override ImmutableArray<Rule<AssistanceCityCohort>> BuildRules()
    {
        int? quota = Parameters.ValueOf(EnterpriseAssistanceClauses.CohortQuota.Parameter(EnterpriseAssistanceClauses.CityQuotaKey)) is { } q ? (int)decimal.Min(decimal.Ceiling(q), int.MaxValue) : null; // 7.5 → at least 8 enterprises
        return
        [
            CohortShareRule.AboveQuota(Parameters.ThresholdOf(EnterpriseAssistanceClauses.CohortAboveQuota)),
            CohortShareRule.Contest(Parameters.ThresholdOf(EnterpriseAssistanceClauses.CohortContest)),
            CohortShareRule.Inspection(Parameters.ThresholdOf(EnterpriseAssistanceClauses.CohortInspection)),
            new CityQuotaRule(quota),
            ProviderPaymentRule.Create(),
            new CityFundsRule(Parameters.ValueOf(EnterpriseAssistanceClauses.CohortFunds.Parameter(EnterpriseAssistanceClauses.CityFundsKey)) is { } f ? Primitives.Money.FromYuan(f) : null),
            new MonthlyTrackingRule(),
            SatisfactionSurveyRule.Create(),
            OnSiteReviewRule.Of<AssistanceCityCohort, CohortEnterprise>(EnterpriseAssistanceClauses.CohortOnSiteReview, static f => f.Enterprises, static e => e.EnterpriseId, static e => OnSiteReviewRule.State(e.MaterialsQuestioned, e.ReviewedOnSite)),
            new RecordedFlagRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortResultsPublic, static f => f.ResultsPublished),
            UnspentBalanceRule.Of<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortUnspent, f => f.UnspentBalanceReturned),
            new RecordedFlagRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortPerformanceReport, static f => f.PerformanceReportFormed),
            new RecordedFlagRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortLocalPlans, static f => RecordedFlags.Both(f.ImplementationPlanDrawnUp, f.FundManagementPlanDrawnUp)),
            new RecordedFlagRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortEarmarkedUse, static f => f.FundsUsedAsEarmarked),
            new SummaryReportRule(),
        ];
    }

    private protected override void ValidateFacts(AssistanceCityCohort facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.City, "$.city", problems);
        if (facts.Enterprises.IsEmpty)
        {
            problems.Add("$.enterprises", "empty", "申报企业名单不能为空(实地查验比例的分母为申报企业数)", "The list of applicant enterprises must not be empty (it is the denominator of the inspection share).");
        }

        if (facts.ServicePeriodEnd > DateOnly.MaxValue.AddDays(-EnterpriseAssistanceClauses.SummaryDays))
        {
            problems.Add("$.servicePeriodEnd", "range", "服务期结束日期超出范围", "The end of the service period is out of range.");
        }

        FactsChecks.TotalInRange(facts.Enterprises, static e => e.ProviderPayment?.Yuan ?? 0m, "$.enterprises", "兑现资金", "payments", problems);

        if (facts.ProgressTrackedMonths is { } tracked)
        {
            // A list of a few dozen months is compared pairwise: no set allocated on every validation (the fast path's too).
            HashSet<Primitives.YearMonth>? months = tracked.Length > 32 ? [] : null;
            for (int i = 0; i < tracked.Length; i++)
            {
                if (months is null ? tracked.IndexOf(tracked[i], 0, i) >= 0 : !months.Add(tracked[i]))
                {
                    problems.Item("$.progressTrackedMonths", i).Add("", "duplicate", $"跟踪月份 {tracked[i]} 重复", $"The tracked month {tracked[i]} appears more than once.", tracked[i].ToString());
                }
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Enterprises.Length; i++)
        {
            CohortEnterprise e = facts.Enterprises[i];
            ItemProblems item = problems.Item("$.enterprises", i);
            item.NotBlank(e.EnterpriseId, ".enterpriseId");
            item.NotBlank(e.Name, ".name");
            item.Unique(e.EnterpriseId, ".enterpriseId", ids, "企业编号", "enterprise id");

            if (!EnterpriseKinds.IsDefined(e.Kind))
            {
                item.Add(".kind", "unknown-value", "未知的企业类型", "Unknown enterprise kind.", e.Kind.ToString());
            }

            if (e.ServicePeriod is { } period)
            {
                if (EnterpriseAssistanceRuleSet.CheckPeriod(period, Options.ServicePeriodReading) is { } problem)
                {
                    item.Add(".servicePeriod" + problem.Member, problem.Code, problem.ZhCn, problem.En, problem.AttemptedValue);
                }

                if (period.End >= period.Start && period.End > facts.ServicePeriodEnd)
                {
                    item.Add(
                        ".servicePeriod.end",
                        "period-after-city-end",
                        FormattableString.Invariant($"服务期 {period} 晚于本市(地)服务期结束日期 {facts.ServicePeriodEnd:yyyy-MM-dd}"),
                        FormattableString.Invariant($"The service period {period} ends after the city's service period ({facts.ServicePeriodEnd:yyyy-MM-dd})."),
                        EnterpriseAssistanceRuleSet.Day(period.End));
                }

                if (!e.SelectedAsTarget)
                {
                    item.Add(".servicePeriod", "inconsistent", "未确定为服务对象的企业不应有服务期", "An enterprise not selected as a service target has no service period.");
                }
            }

            if (e.ProviderPayment is { } payment && payment < Primitives.Money.Zero)
            {
                item.Add(".providerPayment", "negative", "兑现资金不能为负数", "A payment must not be negative.");
            }

            if (!e.SelectedAsTarget && e.Accepted)
            {
                item.Add(".accepted", "inconsistent", "未确定为服务对象的企业不能验收达标", "An enterprise that was not selected as a service target cannot be accepted.");
            }

            if (!e.SelectedAsTarget && e.SatisfactionSurveySubmitted is not null)
            {
                item.Add(".satisfactionSurveySubmitted", "inconsistent", "满意度调查由服务对象填报:未确定为服务对象的企业不应填写", "The satisfaction survey is filled in by service targets: an enterprise not selected as a target should have no survey entry.");
            }

            if (!e.SelectedAsTarget && e.ContestParticipatedOn is not null)
            {
                item.Add(".contestParticipatedOn", "inconsistent", "参赛比例按服务对象计算:未确定为服务对象的企业不应填写参赛日期", "Contest participation counts among service targets: an enterprise not selected as a target should have no contest date.");
            }
        }
    }
}
