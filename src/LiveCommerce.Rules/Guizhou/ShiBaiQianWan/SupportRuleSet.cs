using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// The Guizhou "十百千万" support measures of 四、(二), per operator or enterprise and year: the one-off reward of a
/// recognised demonstration project (<c>GZ-REWARD-ONE-OFF</c>), the annual-sales reward tiers
/// (<c>GZ-REWARD-SALES-TIER</c>) and the traffic subsidy (<c>GZ-TRAFFIC-SUBSIDY</c>).
/// </summary>
/// <remarks>
/// <para>Every amount is a cap (不超过 / 最高), never an entitlement. A measure whose figure the claim leaves out is not
/// applicable; a claimed measure whose condition is not met is not met, with a cap of ¥0 explained.</para>
/// <para>Options (<see cref="SupportOptions"/>): the pro-rata reading of the traffic subsidy, a no-stacking policy, the
/// sales-tier top-up, the traffic subsidy cap across years and the cross-border retail reading. They are part of every
/// report's fingerprint. Thresholds and caps are parameters that may only be tightened.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SupportRuleSet : RuleSet<SupportRuleSet, SupportClaim, SupportOptions>, IRuleSetDeclaration<SupportRuleSet, SupportOptions>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "gz-support";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = GuizhouDocuments.ShiBaiQianWanScope.Describe(
        RuleSetId,
        "1.0.0",
        new LocalizedText("“十百千万”工程:示范项目奖励、年销售额奖励与流量补贴", "\"Ten-Hundred-Thousand-Ten-thousand\" programme: demonstration rewards, sales-tier rewards and traffic subsidy"));

    /// <summary>The parameters with the document's defaults (every one may only be tightened).</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } =
        RuleDescriptor.ParametersOf(ShiBaiQianWanClauses.OneOffReward, ShiBaiQianWanClauses.SalesTier, ShiBaiQianWanClauses.TrafficSubsidy);

    private readonly string optionsJson;

    private SupportRuleSet(SupportOptions options, ParameterSet overrides)
        : base(options, Check(options, overrides))
    {
        optionsJson = Readings.FingerprintJson(
            ("crossBorderReading", options.CrossBorderReading),
            ("salesTierUpgrade", options.SalesTierUpgrade),
            ("stacking", options.Stacking),
            ("trafficSubsidyCapScope", options.TrafficSubsidyCapScope),
            ("trafficSubsidyReading", options.TrafficSubsidyReading));
    }

    static SupportOptions IRuleSetDeclaration<SupportRuleSet, SupportOptions>.DefaultOptions => SupportOptions.Default;

    /// <summary>Creates the rule set with options and overrides.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard, the tiers are inverted, or an option is undefined.</exception>
    public static SupportRuleSet Create(SupportOptions? options = null, ParameterSet? overrides = null) => Of(options, overrides);

    static SupportRuleSet IRuleSetDeclaration<SupportRuleSet, SupportOptions>.New(SupportOptions options, ParameterSet overrides) => new(options, overrides);

    private protected override JsonTypeInfo<SupportClaim> FactsTypeInfo => JsonContext.Default.SupportClaim;

    internal override string? FingerprintConfiguration => optionsJson;

    // The base constructor builds the rules before this constructor assigns Options, so the measures hold the rule set
    // itself and read its (then assigned, immutable) options when they evaluate.
    private protected override ImmutableArray<Rule<SupportClaim>> BuildRules()
    {
        var measures = new SupportMeasures(Parameters, this);
        return
        [
            new OneOffRewardRule(measures),
            new SalesTierRewardRule(measures),
            new TrafficSubsidyRule(measures),
        ];
    }

    private protected override void ValidateFacts(SupportClaim facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.ApplicantName, "$.applicantName", problems);
        DemonstrationRuleSet.CheckYear(facts.Year, "$.year", problems);
        if (facts.RecognisedCategory is { } category)
        {
            DemonstrationRuleSet.CheckCategory(category, "$.recognisedCategory", problems);
        }

        if (facts.AnnualSales is { } sales && sales < Money.Zero)
        {
            problems.Add("$.annualSales", "negative", "年销售额不能为负数", "Annual sales must not be negative.", sales.Yuan.ToString(CultureInfo.InvariantCulture));
        }

        if (facts.OnlineRetailOfGoods is { } retail && retail < Money.Zero)
        {
            problems.Add("$.onlineRetailOfGoods", "negative", "商品网络零售额不能为负数", "Online retail of goods must not be negative.", retail.Yuan.ToString(CultureInfo.InvariantCulture));
        }

        if (facts.CrossBorderOnlineRetail is { } crossBorder)
        {
            string value = crossBorder.Yuan.ToString(CultureInfo.InvariantCulture);
            if (crossBorder < Money.Zero)
            {
                problems.Add("$.crossBorderOnlineRetail", "negative", "跨境电商零售额不能为负数", "Cross-border online retail must not be negative.", value);
            }
            else if (facts.OnlineRetailOfGoods is not { } total)
            {
                problems.Add("$.crossBorderOnlineRetail", "inconsistent", "填报了跨境电商零售额,但未填报商品网络零售额", "Cross-border online retail is given without the online retail of goods it is part of.", value);
            }
            else if (crossBorder > total)
            {
                problems.Add("$.crossBorderOnlineRetail", "inconsistent", "跨境电商零售额不能超过商品网络零售额", "Cross-border online retail must not exceed the online retail of goods it is part of.", value);
            }
        }

        CheckPriorAwards(facts, problems);
    }

    private static void CheckPriorAwards(SupportClaim facts, ValidationCollector problems)
    {
        if (facts.PriorAwards.IsDefault)
        {
            problems.Add("$.priorAwards", "required", "缺少必填属性(无则填 [])", "The required property 'priorAwards' is missing (give [] for none).");
            return;
        }

        for (int i = 0; i < facts.PriorAwards.Length; i++)
        {
            PriorAward? award = facts.PriorAwards[i];
            if (award is not null && AwardClean(award, facts.Year))
            {
                continue; // the usual case: nothing to report, no path formatted
            }

            string path = string.Create(CultureInfo.InvariantCulture, $"$.priorAwards[{i}]");
            if (award is null)
            {
                problems.Add(path, "null", "不能为 null", "Must not be null.");
                continue;
            }

            if (DemonstrationRuleSet.CheckYear(award.Year, path + ".year", problems) && award.Year > facts.Year)
            {
                problems.Add(path + ".year", "inconsistent", $"此前奖励的年度 {award.Year} 晚于申报年度 {facts.Year}", $"An earlier award cannot be for {award.Year}, after the claim's year {facts.Year}.", award.Year.ToString(CultureInfo.InvariantCulture));
            }

            switch (award.Measure)
            {
                case SupportMeasure.OneOffReward:
                    if (award.Category is not { } category)
                    {
                        problems.Add(path + ".category", "required", "示范项目一次性奖励须注明类别", "A one-off reward needs its demonstration category.");
                    }
                    else
                    {
                        DemonstrationRuleSet.CheckCategory(category, path + ".category", problems);
                    }

                    break;
                case SupportMeasure.SalesTierReward:
                    if (award.Tier is not { } tier)
                    {
                        problems.Add(path + ".tier", "required", "年销售额奖励须注明档次(low 或 high)", "A sales-tier reward needs its tier (low or high).");
                    }
                    else if (tier is not (SalesTier.Low or SalesTier.High))
                    {
                        problems.Add(path + ".tier", "invalid", "未知的档次(应为 low 或 high)", "Unknown tier: expected low or high.", tier.ToString());
                    }

                    break;
                case SupportMeasure.TrafficSubsidy:
                    if (award.Amount is null)
                    {
                        problems.Add(path + ".amount", "required", "流量补贴须注明金额", "A traffic subsidy needs its amount.");
                    }

                    break;
                default:
                    problems.Add(path + ".measure", "invalid", "未知的支持措施(应为 oneOffReward、salesTierReward 或 trafficSubsidy)", "Unknown measure: expected oneOffReward, salesTierReward or trafficSubsidy.", award.Measure.ToString());
                    break;
            }

            if (award.Category is not null && award.Measure != SupportMeasure.OneOffReward)
            {
                problems.Add(path + ".category", "inconsistent", "只有示范项目一次性奖励有类别", "Only a one-off reward has a demonstration category.");
            }

            if (award.Tier is not null && award.Measure != SupportMeasure.SalesTierReward)
            {
                problems.Add(path + ".tier", "inconsistent", "只有年销售额奖励有档次", "Only a sales-tier reward has a tier.");
            }

            if (award.Amount is { } amount && amount < Money.Zero)
            {
                problems.Add(path + ".amount", "negative", "奖励金额不能为负数", "An amount awarded must not be negative.", amount.Yuan.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Whether a prior award has nothing to report (the checks of <see cref="CheckPriorAwards"/>, without the paths).</summary>
    private static bool AwardClean(PriorAward award, int claimYear) =>
        award.Year >= DemonstrationRuleSet.FirstYear && award.Year <= claimYear && award.Year <= DemonstrationRuleSet.LastYear
        && (award.Amount is not { } a || a >= Money.Zero)
        && award.Measure switch
        {
            SupportMeasure.OneOffReward => award.Category is { } c && DemonstrationCategories.IsDefined(c) && award.Tier is null,
            SupportMeasure.SalesTierReward => award.Tier is SalesTier.Low or SalesTier.High && award.Category is null,
            SupportMeasure.TrafficSubsidy => award.Amount is not null && award.Category is null && award.Tier is null,
            _ => false,
        };

    private static ParameterSet Check(SupportOptions options, ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Readings.CheckDefined(options.TrafficSubsidyReading, "Rule GZ-TRAFFIC-SUBSIDY", "traffic subsidy reading", problems);
        Readings.CheckDefined(options.Stacking, "Rule set gz-support", "stacking policy", problems);
        Readings.CheckDefined(options.SalesTierUpgrade, "Rule GZ-REWARD-SALES-TIER", "sales-tier upgrade option", problems);
        Readings.CheckDefined(options.TrafficSubsidyCapScope, "Rule GZ-TRAFFIC-SUBSIDY", "cap scope", problems);
        Readings.CheckDefined(options.CrossBorderReading, "Rule GZ-TRAFFIC-SUBSIDY", "cross-border reading", problems);

        ParameterDefinition upper = ShiBaiQianWanClauses.SalesTierHigh;
        ParameterDefinition lower = ShiBaiQianWanClauses.SalesTierLow;
        decimal high = overrides.Values.TryGetValue(upper.Key, out decimal h) ? h : upper.DefaultValue!.Value;
        decimal low = overrides.Values.TryGetValue(lower.Key, out decimal l) ? l : lower.DefaultValue!.Value;
        foreach ((string key, decimal value) in overrides.Values)
        {
            if (Money.Check(value) is not null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Rule set gz-support: parameter {key} = {value} must be an amount in whole fen."));
            }
        }

        if (low > high)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Rule {lower.RuleId}: the lower tier {lower.Key} = {low} is above the upper tier {upper.Key} = {high}."));
        }

        return Readings.Checked(problems, overrides);
    }
}
