using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;
using LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase;

/// <summary>
/// The Heilongjiang regional shared-base demonstration, per city: ranking by expert score (<c>HLJ-BASE-RANKING</c>),
/// on-site inspection ≥ 50% (<c>HLJ-BASE-INSPECTION</c>), acceptance of cleared candidates only (<c>HLJ-BASE-ACCEPTANCE</c>),
/// the cap on the average and total subsidy (<c>HLJ-BASE-SUBSIDY-CAP</c>), the special performance-evaluation report
/// (<c>HLJ-BASE-PERFORMANCE-REPORT</c>), the local plans (<c>HLJ-BASE-LOCAL-PLANS</c>), funds used only for their purpose
/// (<c>HLJ-BASE-EARMARKED-USE</c>) and the summary report (<c>HLJ-BASE-SUMMARY</c>).
/// </summary>
/// <remarks>
/// The city's quota (<c>HLJ-BASE-CITY-QUOTA</c>) and allocated funds (<c>HLJ-BASE-CITY-FUNDS</c>) are in an attachment
/// that is not in the source: parameters without default. Without them the rules that need them report
/// <see cref="Outcome.NotEvaluated"/> naming the missing parameter, and the report is <see cref="ReportOutcome.Incomplete"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SharedBaseCityRuleSet : RuleSet<SharedBaseCityRuleSet, SharedBaseCitySelection>, IRuleSetDeclaration<SharedBaseCityRuleSet>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-shared-base-city";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = HeilongjiangDocuments.SharedBaseScope.Describe(
        RuleSetId,
        "1.2.0",
        new LocalizedText("区域直播电商共享基地(园区)示范创建:市(地)评审与补助", "Regional live-commerce shared base demonstration: city selection and subsidy"),
        new Deadline(SummaryReportRule.DueDate, new LocalizedText("示范创建及总结报告报送", "the demonstration creation and the city's summary report"), SharedBaseClauses.Summary.Id))
        with { EffectiveWindow = SharedBaseClauses.CreationWindow };

    /// <summary>The parameters: the inspection share with its default, and the city's quota and funds without default.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        SharedBaseClauses.Inspection, SharedBaseClauses.Ranking, SharedBaseClauses.SubsidyCap);

    // Default, without the city's quota and funds: ranking and subsidy cap report as not evaluated.
    private SharedBaseCityRuleSet(ParameterSet overrides)
        : base(overrides)
    {
    }

    static SharedBaseCityRuleSet IRuleSetDeclaration<SharedBaseCityRuleSet>.New(ParameterSet overrides) => new(overrides);

    private protected override JsonTypeInfo<SharedBaseCitySelection> FactsTypeInfo => JsonContext.Default.SharedBaseCitySelection;

    /// <summary>Creates the rule set for a city with its quota and allocated funds.</summary>
    public static SharedBaseCityRuleSet ForCity(int quota, Money allocatedFunds) =>
        Create(ParameterSet.Empty.With(SharedBaseClauses.CityQuotaKey, quota).With(SharedBaseClauses.CityFundsKey, allocatedFunds.Yuan));


    private protected override ImmutableArray<Rule<SharedBaseCitySelection>> BuildRules()
    {
        int? quota = Parameters.ValueOf(SharedBaseClauses.Ranking.Parameter(SharedBaseClauses.CityQuotaKey)) is { } q ? checked((int)q) : null;
        Money? funds = Parameters.ValueOf(SharedBaseClauses.SubsidyCap.Parameter(SharedBaseClauses.CityFundsKey)) is { } f ? Money.FromYuan(f) : null;
        return
        [
            new CandidateRankingRule(quota),
            new OnSiteInspectionRule(Parameters.ThresholdOf(SharedBaseClauses.Inspection)),
            OnSiteReviewRule.Of<SharedBaseCitySelection, SharedBaseCandidate>(SharedBaseClauses.OnSiteReview, static f => f.Applicants, static a => a.ApplicationId, static a => OnSiteReviewRule.State(a.MaterialsQuestioned, a.ReviewedOnSite)),
            new RecordedFlagRule<SharedBaseCitySelection>(SharedBaseClauses.ResultsPublic, static f => f.ResultsPublished),
            new AcceptanceRule(),
            new AverageSubsidyCapRule(funds, quota),
            UnspentBalanceRule.Of<SharedBaseCitySelection>(SharedBaseClauses.UnspentReturned, f => f.UnspentBalanceReturned),
            new RecordedFlagRule<SharedBaseCitySelection>(SharedBaseClauses.PerformanceReport, static f => f.PerformanceReportFormed),
            new RecordedFlagRule<SharedBaseCitySelection>(SharedBaseClauses.LocalPlans, static f => RecordedFlags.Both(f.ImplementationPlanDrawnUp, f.FundManagementPlanDrawnUp)),
            new RecordedFlagRule<SharedBaseCitySelection>(SharedBaseClauses.EarmarkedUse, static f => f.FundsUsedAsEarmarked),
            new SummaryReportRule(),
        ];
    }

    private protected override void ValidateFacts(SharedBaseCitySelection facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.City, "$.city", problems);
        if (!FactsChecks.NoNullItems(facts.Applicants, "$.applicants", problems))
        {
            return;
        }

        if (facts.Applicants.IsEmpty)
        {
            problems.Add("$.applicants", "empty", "申报单位名单不能为空(实地查验比例的分母为申报单位数)", "The list of applicants must not be empty (it is the denominator of the inspection share).");
        }

        FactsChecks.TotalInRange(facts.Applicants, static a => a.Subsidy?.Yuan ?? 0m, "$.applicants", "补助金额", "subsidies", problems);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Applicants.Length; i++)
        {
            SharedBaseCandidate a = facts.Applicants[i];
            ItemProblems item = problems.Item("$.applicants", i);
            item.NotBlank(a.ApplicationId, ".applicationId");
            item.Unique(a.ApplicationId, ".applicationId", ids, "申报编号", "application id");

            if (a.ExpertScore < 0m || a.ExpertScore > 1000m)
            {
                item.Add(".expertScore", "range", "专家评分应在 0 至 1000 之间", "The expert score must be from 0 to 1000.", a.ExpertScore.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (a.Subsidy is { } s && s < Money.Zero)
            {
                item.Add(".subsidy", "negative", "补助金额不能为负数", "A subsidy must not be negative.");
            }

            if (a.Subsidy is not null && !a.Accepted)
            {
                item.Add(".subsidy", "inconsistent", "未验收合格的基地不应有补助金额", "A subsidy is given for a base that has not passed acceptance.");
            }

            if (a.Accepted && !a.MeetsBasicCriteria)
            {
                item.Add(".accepted", "inconsistent", "不符合基本标准的申报单位不能验收合格", "An applicant that does not meet the basic criteria cannot be accepted.");
            }
        }
    }
}
