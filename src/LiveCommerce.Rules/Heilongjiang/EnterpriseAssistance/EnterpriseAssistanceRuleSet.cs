using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>
/// The Heilongjiang live-commerce enterprise-assistance action (助企行动), per served enterprise: service-target
/// requirements (<c>HLJ-ACT-TARGET-*</c>), the service provider (<c>HLJ-ACT-PROVIDER</c>, its capability, technical team and
/// return visits: <c>HLJ-ACT-PROVIDER-*</c>) and the acceptance standard
/// (<c>HLJ-ACT-ACCEPT-*</c>).
/// </summary>
/// <remarks>
/// <para>The four acceptance standards (live hours, short videos, sales months, order months, with their monthly levels) are
/// parameters a city may tighten (各市(地)可在满足基本标准的基础上根据实际调整), never loosen: a looser override throws
/// <see cref="RuleConfigurationException"/> naming the rule and both values.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EnterpriseAssistanceRuleSet
    : RuleSet<EnterpriseAssistanceRuleSet, AssistedEnterprise, EnterpriseAssistanceOptions>, IRuleSetDeclaration<EnterpriseAssistanceRuleSet, EnterpriseAssistanceOptions>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-enterprise-assistance";

    /// <summary>The most monthly entries accepted for one enterprise.</summary>
    public const int MaxMonthlyEntries = 120;

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = HeilongjiangDocuments.EnterpriseAssistanceScope.Describe(
        RuleSetId,
        "1.2.0",
        new LocalizedText("直播电商(电子商务)助企行动:服务对象与验收", "Live-commerce enterprise-assistance action: service target and acceptance"),
        new Deadline(EnterpriseAssistanceClauses.ActionDeadline, new LocalizedText("助企行动", "the enterprise-assistance action"), EnterpriseAssistanceClauses.Deadline.Id))
        with { EffectiveWindow = EnterpriseAssistanceClauses.ActionWindow };

    /// <summary>The parameters with the document's defaults; every one may only be tightened.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        EnterpriseAssistanceClauses.Provider, EnterpriseAssistanceClauses.LiveHours, EnterpriseAssistanceClauses.Videos, EnterpriseAssistanceClauses.SalesMonths, EnterpriseAssistanceClauses.OrderMonths);

    private EnterpriseAssistanceRuleSet(EnterpriseAssistanceOptions options, ParameterSet overrides)
        : base(options, EnterpriseAssistanceOptions.Checked(options, RuleSetId, overrides))
    {
    }

    static EnterpriseAssistanceOptions IRuleSetDeclaration<EnterpriseAssistanceRuleSet, EnterpriseAssistanceOptions>.DefaultOptions => EnterpriseAssistanceOptions.Default;

    static EnterpriseAssistanceRuleSet IRuleSetDeclaration<EnterpriseAssistanceRuleSet, EnterpriseAssistanceOptions>.New(EnterpriseAssistanceOptions options, ParameterSet overrides) =>
        new(options, overrides);

    private protected override JsonTypeInfo<AssistedEnterprise> FactsTypeInfo => JsonContext.Default.AssistedEnterprise;

    /// <summary>Creates the rule set with a city's stricter standard and, optionally, another reading.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard, or an option is undefined.</exception>
    public static EnterpriseAssistanceRuleSet Create(ParameterSet? overrides = null, EnterpriseAssistanceOptions? options = null) => Of(options, overrides);

    internal override string? FingerprintConfiguration => Options.FingerprintJson;

    private protected override ImmutableArray<Rule<AssistedEnterprise>> BuildRules() =>
    [
        new TargetLocalRule(),

        // 被确定为服务对象的实体企业需 ①–⑤ (五、(四)2); ④ needs both registration and products filed.
        new FlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetWilling, static f => f.WillingToTransform),
        new FlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetCommitment, static f => f.CommitmentSigned),
        new FlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetTeam, static f => f.DedicatedTeamAssigned),
        new FlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetCatalog, static f => f.RegisteredInSelectionLibrary && f.ProductsFiled),
        new RecordedFlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetCooperation, static f => f.CooperatesWithCommerceDepartments),
        new BlacklistRule<AssistedEnterprise>(FundDisciplineClauses.EnterpriseAssistance, f => f.BlacklistedOn, (f, asOf) => f.AppliedOn ?? asOf),
        new ProviderRule(Parameters.ThresholdOf(EnterpriseAssistanceClauses.Provider)),
        new RecordedFlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.ProviderCapability, static f => f.Provider.HasServiceCapability),
        new RecordedFlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.ProviderTeam, static f => f.Provider.HasTechnicalTeamAndSpecialist),
        new RecordedFlagRule<AssistedEnterprise>(EnterpriseAssistanceClauses.ProviderReturnVisits, static f => f.Provider.MadeRegularReturnVisits),
        new ServicePeriodRule(),
        PeriodTotalRule.LiveHours(Parameters.ThresholdOf(EnterpriseAssistanceClauses.LiveHours)),
        PeriodTotalRule.Videos(Parameters.ThresholdOf(EnterpriseAssistanceClauses.Videos)),
        QualifyingMonthsRule.Sales(Parameters),
        QualifyingMonthsRule.Orders(Parameters),
        new LocalAdjustmentRule(Parameters),
        new CompletionDeadlineRule(),
    ];

    private protected override void ValidateFacts(AssistedEnterprise facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.EnterpriseName, "$.enterpriseName", problems);
        FactsChecks.NotBlank(facts.City, "$.city", problems);
        if (!EnterpriseKinds.IsDefined(facts.Kind))
        {
            problems.Add("$.kind", "unknown-value", "未知的企业类型(可选 aboveQuotaTrade、specialtyProducer、ruralCooperative、individualBusiness、other)", "Unknown enterprise kind (use aboveQuotaTrade, specialtyProducer, ruralCooperative, individualBusiness or other).", facts.Kind.ToString());
        }

        FactsChecks.NotBlank(facts.Provider.Name, "$.provider.name", problems);
        FactsChecks.NotBlank(facts.Provider.PlatformName, "$.provider.platformName", problems);
        if (!EnterpriseKinds.IsDefined(facts.Provider.Kind))
        {
            problems.Add("$.provider.kind", "unknown-value", "未知的服务主体类型(可选 platform、certifiedServiceProvider)", "Unknown provider kind (use platform or certifiedServiceProvider).", facts.Provider.Kind.ToString());
        }

        if (facts.Provider.PlatformActiveUsers < 0)
        {
            problems.Add("$.provider.platformActiveUsers", "negative", "活跃用户数不能为负数", "Active users must not be negative.");
        }

        if (CheckPeriod(facts.ServicePeriod, Options.ServicePeriodReading) is { } period)
        {
            problems.Add("$.servicePeriod" + period.Member, period.Code, period.ZhCn, period.En, period.AttemptedValue);
        }

        ValidateMonthly(facts.Monthly, "$.monthly", problems);
    }

    /// <summary>The latest first day whose six-month period stays within the range of dates.</summary>
    private static readonly DateOnly LatestStart = new(9999, 6, 30);

    /// <summary>What is wrong with a service period: reversed, out of range, or not six months from its first day; <see langword="null"/> when nothing is.</summary>
    internal static PeriodProblem? CheckPeriod(ServicePeriod period, ServicePeriodReading reading)
    {
        if (period.End < period.Start)
        {
            return new(".end", "period-reversed", FormattableString.Invariant($"服务期结束日 {period.End:yyyy-MM-dd} 早于开始日 {period.Start:yyyy-MM-dd}"), FormattableString.Invariant($"The last day {period.End:yyyy-MM-dd} is before the first day {period.Start:yyyy-MM-dd}."), Day(period.End));
        }

        if (period.Start > LatestStart)
        {
            return new(".start", "range", "服务期开始日超出范围", "The first day of the service period is out of range.", Day(period.Start));
        }

        DateOnly expected = ServicePeriod.SixMonthsEnd(period.Start, reading);
        return period.End == expected
            ? null
            : new(
                ".end",
                "period-not-six-months",
                FormattableString.Invariant($"服务周期应为 6 个月:自 {period.Start:yyyy-MM-dd} 起至 {expected:yyyy-MM-dd} 止,实为 {period}"),
                FormattableString.Invariant($"The service period must be 6 months: from {period.Start:yyyy-MM-dd} it ends on {expected:yyyy-MM-dd}; {period} does not."),
                Day(period.End));
    }

    /// <summary>A date as a validation problem's attempted value.</summary>
    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A problem of a service period, at <see cref="Member"/> of the period's path.</summary>
    /// <remarks>A class: a valid period, the common case, comes back as a null reference instead of a zeroed struct of five strings.</remarks>
    internal sealed record PeriodProblem(string Member, string Code, string ZhCn, string En, string AttemptedValue);

    private static void ValidateMonthly(ImmutableArray<MonthlyAccountFigures> monthly, string path, ValidationCollector problems)
    {
        if (monthly.Length > MaxMonthlyEntries)
        {
            problems.Add(path, "too-many-items", FormattableString.Invariant($"月度数据最多 {MaxMonthlyEntries} 条"), FormattableString.Invariant($"At most {MaxMonthlyEntries} monthly entries may be given."));
            return;
        }

        // Months given in strictly increasing order (the usual case) cannot repeat: only other orders need the set.
        HashSet<YearMonth>? seen = StrictlyIncreasing(monthly) ? null : [];
        for (int i = 0; i < monthly.Length; i++)
        {
            MonthlyAccountFigures m = monthly[i];
            if (seen is not null && !seen.Add(m.Month))
            {
                string month = m.Month.ToString();
                problems.Add($"{path}[{i}].month", "month-duplicate", $"月份 {month} 重复", $"The month {month} appears more than once.", month);
            }

            if (m.StoreSales < Money.Zero)
            {
                problems.Add($"{path}[{i}].storeSales", "negative", "销售额不能为负数", "Store sales must not be negative.");
            }

            if (m.ShortVideos < 0 || m.Orders < 0)
            {
                problems.Add($"{path}[{i}]", "negative", "短视频数和成交单量不能为负数", "Short videos and orders must not be negative.");
            }

            if (m.LiveHours.Value > 744m)
            {
                problems.Add($"{path}[{i}].liveHours", "range", "单月直播时长不能超过 744 小时(31 天 × 24 小时)", "Live hours in one month cannot exceed 744 (31 days × 24 hours).", m.LiveHours.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool StrictlyIncreasing(ImmutableArray<MonthlyAccountFigures> monthly)
    {
        for (int i = 1; i < monthly.Length; i++)
        {
            if (monthly[i].Month <= monthly[i - 1].Month)
            {
                return false;
            }
        }

        return true;
    }
}
