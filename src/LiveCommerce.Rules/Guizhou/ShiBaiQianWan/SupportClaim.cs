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

    /// <summary>Whether the enterprise is a cross-border e-commerce enterprise (跨境电商), which the traffic subsidy excludes.</summary>
    public required bool CrossBorder { get; init; }
}
