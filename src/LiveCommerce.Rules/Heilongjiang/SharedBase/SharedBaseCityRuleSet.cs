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
/// the cap on the average and total subsidy (<c>HLJ-BASE-SUBSIDY-CAP</c>) and the summary report (<c>HLJ-BASE-SUMMARY</c>).
/// </summary>
/// <remarks>
/// The city's quota (<c>HLJ-BASE-CITY-QUOTA</c>) and allocated funds (<c>HLJ-BASE-CITY-FUNDS</c>) are in an attachment
/// that is not in the source: parameters without default. Without them the rules that need them report
/// <see cref="Outcome.NotEvaluated"/> naming the missing parameter, and the report is <see cref="ReportOutcome.Incomplete"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SharedBaseCityRuleSet : RuleSet<SharedBaseCitySelection>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-shared-base-city";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = new(
        RuleSetId,
        "1.1.0",
        new LocalizedText("区域直播电商共享基地(园区)示范创建:市(地)评审与补助", "Regional live-commerce shared base demonstration: city selection and subsidy"),
        new LocalizedText("黑龙江省", "Heilongjiang"),
        HeilongjiangDocuments.SharedBaseDemonstration,
        DocumentStatus.InForce,
        [new Deadline(new DateOnly(2023, 6, 30), new LocalizedText("示范创建及总结报告报送", "the demonstration creation and the city's summary report"), "HLJ-BASE-SUMMARY")])
    {
        EffectiveWindow = new DateWindow(new DateOnly(2022, 2, 24), new DateOnly(2023, 6, 30)),
    };

    /// <summary>The parameters: the inspection share with its default, and the city's quota and funds without default.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        SharedBaseClauses.Inspection, SharedBaseClauses.Ranking, SharedBaseClauses.SubsidyCap);

    private SharedBaseCityRuleSet(ParameterSet overrides)
        : base(Description, ParameterDefinitions, overrides)
    {
    }

    /// <summary>The rule set without the city's quota and funds: ranking and subsidy cap report as not evaluated.</summary>
    public static SharedBaseCityRuleSet Default { get; } = new(ParameterSet.Empty);

    /// <summary>Creates the rule set for one city.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown, loosens a standard, or is out of range.</exception>
    public static SharedBaseCityRuleSet Create(ParameterSet? overrides = null) => overrides is null || overrides.Values.IsEmpty ? Default : new(overrides);

    /// <summary>Creates the rule set for a city with its quota and allocated funds.</summary>
    public static SharedBaseCityRuleSet ForCity(int quota, Money allocatedFunds) =>
        Create(ParameterSet.Empty.With(SharedBaseClauses.CityQuotaKey, quota).With(SharedBaseClauses.CityFundsKey, allocatedFunds.Yuan));

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => Create(overrides);

    private protected override JsonTypeInfo<SharedBaseCitySelection> FactsTypeInfo => JsonContext.Default.SharedBaseCitySelection;

    private protected override ImmutableArray<Rule<SharedBaseCitySelection>> BuildRules()
    {
        int? quota = Parameters.ValueOf(SharedBaseClauses.Ranking.Parameter(SharedBaseClauses.CityQuotaKey)) is { } q ? checked((int)q) : null;
        Money? funds = Parameters.ValueOf(SharedBaseClauses.SubsidyCap.Parameter(SharedBaseClauses.CityFundsKey)) is { } f ? Money.FromYuan(f) : null;
        return
        [
            new CandidateRankingRule(quota),
            new OnSiteInspectionRule(Parameters.ThresholdOf(SharedBaseClauses.Inspection)),
            new OnSiteReviewRule(),
            new RecordedFlagRule<SharedBaseCitySelection>(
                SharedBaseClauses.ResultsPublic,
                f => f.ResultsPublished,
                new LocalizedText("申报和评审结果已向社会公开", "The applications and review results were made public"),
                new LocalizedText("申报和评审结果未向社会公开", "The applications and review results were not made public"),
                new LocalizedText("未记录是否公开申报和评审结果", "Publication of the applications and results is not recorded")),
            new AcceptanceRule(),
            new AverageSubsidyCapRule(funds, quota),
            UnspentBalanceRule.Of<SharedBaseCitySelection>(SharedBaseClauses.UnspentReturned, f => f.UnspentBalanceReturned),
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

        decimal subsidyTotal = 0m;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            subsidyTotal += Math.Abs(a.Subsidy?.Yuan ?? 0m);
        }

        if (subsidyTotal > Money.MaxYuan)
        {
            problems.Add("$.applicants", "range", "补助金额合计超出金额范围(最多 999,999,999,999,999.99 元)", "The subsidies total more than the largest amount of money, ¥999,999,999,999,999.99.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Applicants.Length; i++)
        {
            SharedBaseCandidate a = facts.Applicants[i];
            ItemProblems item = problems.Item("$.applicants", i);
            item.NotBlank(a.ApplicationId, ".applicationId");
            if (!ids.Add(a.ApplicationId))
            {
                item.Add(".applicationId", "duplicate", $"申报编号“{a.ApplicationId}”重复", $"The application id '{a.ApplicationId}' appears more than once.", a.ApplicationId);
            }

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
