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
/// requirements (<c>HLJ-ACT-TARGET-*</c>), the service provider (<c>HLJ-ACT-PROVIDER</c>) and the acceptance standard
/// (<c>HLJ-ACT-ACCEPT-*</c>).
/// </summary>
/// <remarks>
/// <para>The four acceptance standards (live hours, short videos, sales months, order months, with their monthly levels) are
/// parameters a city may tighten (各市(地)可在满足基本标准的基础上根据实际调整), never loosen: a looser override throws
/// <see cref="RuleConfigurationException"/> naming the rule and both values.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EnterpriseAssistanceRuleSet : RuleSet<AssistedEnterprise>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-enterprise-assistance";

    /// <summary>The most monthly entries accepted for one enterprise.</summary>
    public const int MaxMonthlyEntries = 120;

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = new(
        RuleSetId,
        "1.1.0",
        new LocalizedText("直播电商(电子商务)助企行动:服务对象与验收", "Live-commerce enterprise-assistance action: service target and acceptance"),
        new LocalizedText("黑龙江省", "Heilongjiang"),
        HeilongjiangDocuments.EnterpriseAssistanceAction,
        DocumentStatus.InForce,
        [new Deadline(EnterpriseAssistanceClauses.ActionDeadline, new LocalizedText("助企行动", "the enterprise-assistance action"), "HLJ-ACT-ACCEPT-DEADLINE")])
    {
        // From the plan's issue (2022-02-24) to 四、行动时限 2023年10月30日止.
        EffectiveWindow = EnterpriseAssistanceClauses.ActionWindow,
    };

    /// <summary>The parameters with the document's defaults; every one may only be tightened.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } =
    [
        new("HLJ-ACT-PROVIDER", "HLJ-ACT-PROVIDER", new LocalizedText("电商平台活跃用户数(须超过)", "Platform active users (must exceed)"), Threshold.MoreThan(200_000_000m, Unit.Count, "超过")),
        new("HLJ-ACT-ACCEPT-LIVE-HOURS", "HLJ-ACT-ACCEPT-LIVE-HOURS", new LocalizedText("服务期内直播时长下限", "Minimum live-streaming hours in the service period"), Threshold.AtLeast(60m, Unit.Hours, "不低于")),
        new("HLJ-ACT-ACCEPT-VIDEOS", "HLJ-ACT-ACCEPT-VIDEOS", new LocalizedText("服务期内发布短视频数量下限", "Minimum short videos in the service period"), Threshold.AtLeast(20m, Unit.Count, "不低于")),
        new("HLJ-ACT-ACCEPT-SALES-MONTHS", "HLJ-ACT-ACCEPT-SALES-MONTHS", new LocalizedText("销售额达标月数下限", "Minimum months with monthly sales at the standard"), Threshold.AtLeast(2m, Unit.Months, "至少")),
        new("HLJ-ACT-ACCEPT-MONTHLY-SALES", "HLJ-ACT-ACCEPT-SALES-MONTHS", new LocalizedText("单月店铺销售额标准", "Monthly store sales standard"), Threshold.AtLeast(100_000m, Unit.Yuan, "不低于")),
        new("HLJ-ACT-ACCEPT-ORDER-MONTHS", "HLJ-ACT-ACCEPT-ORDER-MONTHS", new LocalizedText("成交单量达标月数下限", "Minimum months with monthly orders at the standard"), Threshold.AtLeast(2m, Unit.Months, "至少")),
        new("HLJ-ACT-ACCEPT-MONTHLY-ORDERS", "HLJ-ACT-ACCEPT-ORDER-MONTHS", new LocalizedText("单月店铺成交单量标准", "Monthly store orders standard"), Threshold.AtLeast(1_000m, Unit.Count, "不低于")),
    ];

    private EnterpriseAssistanceRuleSet(ParameterSet overrides, EnterpriseAssistanceOptions options)
        : base(Description, ParameterDefinitions, Check(options, overrides))
    {
        Options = options;
    }

    /// <summary>The rule set with the document's basic standard.</summary>
    public static EnterpriseAssistanceRuleSet Default { get; } = new(ParameterSet.Empty, EnterpriseAssistanceOptions.Default);

    /// <summary>The interpretation options in force.</summary>
    public EnterpriseAssistanceOptions Options { get; }

    /// <summary>Creates the rule set with a city's stricter standard and, optionally, another reading.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard, or an option is undefined.</exception>
    public static EnterpriseAssistanceRuleSet Create(ParameterSet? overrides = null, EnterpriseAssistanceOptions? options = null) =>
        (overrides is null || overrides.Values.IsEmpty) && (options is null || options == EnterpriseAssistanceOptions.Default)
            ? Default
            : new(overrides ?? ParameterSet.Empty, options ?? EnterpriseAssistanceOptions.Default);

    /// <summary>The same rule set with other options.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined.</exception>
    public EnterpriseAssistanceRuleSet WithOptions(EnterpriseAssistanceOptions options) => Create(Parameters.Overrides, options);

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => Create(overrides, Options);

    internal override string? FingerprintConfiguration => Options.FingerprintJson;

    private static ParameterSet Check(EnterpriseAssistanceOptions options, ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem(RuleSetId) is { } problem ? throw new RuleConfigurationException([problem]) : overrides;
    }

    private protected override JsonTypeInfo<AssistedEnterprise> FactsTypeInfo => JsonContext.Default.AssistedEnterprise;

    private protected override ImmutableArray<Rule<AssistedEnterprise>> BuildRules() =>
    [
        new TargetLocalRule(),
        TargetRequirementRule.Willing(),
        TargetRequirementRule.Commitment(),
        TargetRequirementRule.Team(),
        TargetRequirementRule.Catalog(),
        new RecordedFlagRule<AssistedEnterprise>(
            EnterpriseAssistanceClauses.TargetCooperation,
            f => f.CooperatesWithCommerceDepartments,
            new LocalizedText("后续积极配合各级商务部门工作", "Cooperates with the commerce departments afterwards"),
            new LocalizedText("未配合各级商务部门做好电商活动、情况调研、报送信息等工作", "Does not cooperate with the commerce departments (events, surveys, reporting)"),
            new LocalizedText("未记录后续配合情况", "Cooperation afterwards is not recorded")),
        new BlacklistRule<AssistedEnterprise>(FundDisciplineClauses.EnterpriseAssistance, f => f.BlacklistedOn, (f, asOf) => f.AppliedOn ?? asOf),
        new ProviderRule(Parameters.ThresholdOf("HLJ-ACT-PROVIDER")),
        new RecordedFlagRule<AssistedEnterprise>(
            EnterpriseAssistanceClauses.ProviderCapability,
            f => f.Provider.HasServiceCapability,
            new LocalizedText("服务主体具备培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力", "The provider can train, teach alongside, coach, operate and obtain platform traffic"),
            new LocalizedText("服务主体不具备培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力", "The provider lacks the ability to train, teach alongside, coach, operate or obtain platform traffic"),
            new LocalizedText("未评估服务主体的服务能力", "The provider's capability is not assessed")),
        new ServicePeriodRule(),
        PeriodTotalRule.LiveHours(Parameters.ThresholdOf("HLJ-ACT-ACCEPT-LIVE-HOURS")),
        PeriodTotalRule.Videos(Parameters.ThresholdOf("HLJ-ACT-ACCEPT-VIDEOS")),
        QualifyingMonthsRule.Sales(Parameters.ThresholdOf("HLJ-ACT-ACCEPT-SALES-MONTHS"), Parameters.ThresholdOf("HLJ-ACT-ACCEPT-MONTHLY-SALES")),
        QualifyingMonthsRule.Orders(Parameters.ThresholdOf("HLJ-ACT-ACCEPT-ORDER-MONTHS"), Parameters.ThresholdOf("HLJ-ACT-ACCEPT-MONTHLY-ORDERS")),
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

        ValidatePeriod(facts.ServicePeriod, Options.ServicePeriodReading, "$.servicePeriod", problems);
        ValidateMonthly(facts.Monthly, "$.monthly", problems);
    }

    /// <summary>The latest first day whose six-month period stays within the range of dates.</summary>
    private static readonly DateOnly LatestStart = new(9999, 6, 30);

    /// <summary>Reports a reversed period, one out of range, or one that is not six months from its first day.</summary>
    internal static void ValidatePeriod(ServicePeriod period, ServicePeriodReading reading, string path, ValidationCollector problems)
    {
        if (period.End < period.Start)
        {
            problems.Add(path + ".end", "period-reversed", FormattableString.Invariant($"服务期结束日 {period.End:yyyy-MM-dd} 早于开始日 {period.Start:yyyy-MM-dd}"), FormattableString.Invariant($"The last day {period.End:yyyy-MM-dd} is before the first day {period.Start:yyyy-MM-dd}."), period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (period.Start > LatestStart)
        {
            problems.Add(path + ".start", "range", "服务期开始日超出范围", "The first day of the service period is out of range.", period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (period.End != ServicePeriod.SixMonthsEnd(period.Start, reading))
        {
            DateOnly expected = ServicePeriod.SixMonthsEnd(period.Start, reading);
            problems.Add(
                path + ".end",
                "period-not-six-months",
                FormattableString.Invariant($"服务周期应为 6 个月:自 {period.Start:yyyy-MM-dd} 起至 {expected:yyyy-MM-dd} 止,实为 {period}"),
                FormattableString.Invariant($"The service period must be 6 months: from {period.Start:yyyy-MM-dd} it ends on {expected:yyyy-MM-dd}; {period} does not."),
                period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Whether <see cref="ValidatePeriod"/> reports nothing.</summary>
    internal static bool IsValidPeriod(ServicePeriod period, ServicePeriodReading reading) =>
        period.End >= period.Start && period.Start <= LatestStart && period.End == ServicePeriod.SixMonthsEnd(period.Start, reading);

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
