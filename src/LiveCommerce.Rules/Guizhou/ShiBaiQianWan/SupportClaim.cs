using System.Collections.Immutable;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// One operator's or enterprise's figures for one year, held to the support measures of 四、(二): the one-off reward of a
/// recognised demonstration project (GZ-REWARD-ONE-OFF), the annual-sales reward tiers (GZ-REWARD-SALES-TIER) and the
/// traffic subsidy (GZ-TRAFFIC-SUBSIDY). A measure whose figure is absent is not claimed and reported as not applicable.
/// </summary>
/// <remarks>Every amount computed is a cap (不超过 / 最高), never an entitlement. JSON: camelCase, see docs/programmes/guizhou.md.</remarks>
public sealed record SupportClaim
{
    /// <summary>The operator's or enterprise's name.</summary>
    public required string ApplicantName { get; init; }

    /// <summary>The year the figures are for (当年), 2023 or later.</summary>
    public required int Year { get; init; }

    /// <summary>The category in which the applicant operates a recognised provincial demonstration project, if any (one-off reward).</summary>
    public DemonstrationCategory? RecognisedCategory { get; init; }

    /// <summary>Annual sales (年销售额), if the sales-tier reward is claimed.</summary>
    public Money? AnnualSales { get; init; }

    /// <summary>That year's online retail of goods (当年商品网络零售额), if the traffic subsidy is claimed.</summary>
    public Money? OnlineRetailOfGoods { get; init; }

    /// <summary>Whether the enterprise is above designated size and included in the statistics (上规入统).</summary>
    public required bool AboveDesignatedSizeInStatistics { get; init; }

    /// <summary>Whether the enterprise is a cross-border e-commerce enterprise (跨境电商), which the traffic subsidy excludes
    /// under the default <see cref="CrossBorderReading.ExcludeEnterprise"/>.</summary>
    public required bool CrossBorder { get; init; }

    /// <summary>The cross-border part of <see cref="OnlineRetailOfGoods"/>, if any: left out of the figure under
    /// <see cref="CrossBorderReading.ExcludeRetail"/> (needed there when <see cref="CrossBorder"/> is true).</summary>
    public Money? CrossBorderOnlineRetail { get; init; }

    /// <summary>
    /// The support the applicant was awarded before under 四、(二) (any year up to <see cref="Year"/>): the one-off and
    /// sales-tier rewards are paid once (一次性), and a traffic subsidy once per year. Required in JSON (give [] for none),
    /// so that a claim cannot leave out an earlier award by omission.
    /// </summary>
    [JsonRequired]
    public ImmutableArray<PriorAward> PriorAwards { get; init; } = [];
}

/// <summary>A support measure of 四、(二).</summary>
public enum SupportMeasure
{
    /// <summary>The one-off reward of a recognised demonstration project (GZ-REWARD-ONE-OFF).</summary>
    OneOffReward,

    /// <summary>The one-off annual-sales reward (GZ-REWARD-SALES-TIER).</summary>
    SalesTierReward,

    /// <summary>The annual traffic subsidy (GZ-TRAFFIC-SUBSIDY).</summary>
    TrafficSubsidy,
}

/// <summary>The tiers of the annual-sales reward.</summary>
public enum SalesTier
{
    /// <summary>年销售额达10亿元: at most ¥1,000,000.</summary>
    Low,

    /// <summary>年销售额达50亿元: at most ¥3,000,000.</summary>
    High,
}

/// <summary>One award the applicant received before.</summary>
public sealed record PriorAward
{
    /// <summary>The measure.</summary>
    public required SupportMeasure Measure { get; init; }

    /// <summary>The year the award was for, 2023 or later and not after the claim's year.</summary>
    public required int Year { get; init; }

    /// <summary>For a one-off reward: the demonstration category it was paid for (required there).</summary>
    public DemonstrationCategory? Category { get; init; }

    /// <summary>For a sales-tier reward: the tier it was paid for (required there).</summary>
    public SalesTier? Tier { get; init; }

    /// <summary>The amount awarded (required for a traffic subsidy; for a lower sales tier, what a top-up deducts).</summary>
    public Money? Amount { get; init; }
}
