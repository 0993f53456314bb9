using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// The four categories of provincial demonstration project (GZ-DEMO-CATEGORIES): 示范项目申报范围为电商产业示范园区、
/// 电商示范(直播)基地、电商示范企业、电商直播示范团队4类.
/// </summary>
/// <remarks>JSON: <c>park</c>, <c>liveBase</c>, <c>enterprise</c>, <c>liveTeam</c>. Any other value is rejected by validation.</remarks>
public enum DemonstrationCategory
{
    /// <summary>电商产业示范园区: e-commerce industry demonstration park (title 贵州省电子商务产业发展示范园区).</summary>
    Park,

    /// <summary>电商示范(直播)基地: e-commerce (live-streaming) demonstration base (title 贵州省电子商务直播示范基地).</summary>
    LiveBase,

    /// <summary>电商示范企业: e-commerce demonstration enterprise (title 贵州省电子商务产业发展示范企业).</summary>
    Enterprise,

    /// <summary>电商直播示范团队: e-commerce live-streaming demonstration team (title 贵州省电子商务直播示范团队).</summary>
    LiveTeam,
}

/// <summary>What the document says about each <see cref="DemonstrationCategory"/>: its names and its one-off reward cap.</summary>
public static class DemonstrationCategories
{
    /// <summary>The four categories, in the document's order.</summary>
    public static IReadOnlyList<DemonstrationCategory> All { get; } =
        [DemonstrationCategory.Park, DemonstrationCategory.LiveBase, DemonstrationCategory.Enterprise, DemonstrationCategory.LiveTeam];

    /// <summary>Whether <paramref name="category"/> is one of the four named categories (not an undefined enum value).</summary>
    public static bool IsDefined(DemonstrationCategory category) =>
        category is DemonstrationCategory.Park or DemonstrationCategory.LiveBase or DemonstrationCategory.Enterprise or DemonstrationCategory.LiveTeam;

    /// <summary>The category's name in the application scope (三、(二)2.(1)), in zh-CN and en.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static LocalizedText Name(DemonstrationCategory category) => category switch
    {
        DemonstrationCategory.Park => new("电商产业示范园区", "e-commerce industry demonstration park"),
        DemonstrationCategory.LiveBase => new("电商示范(直播)基地", "e-commerce (live-streaming) demonstration base"),
        DemonstrationCategory.Enterprise => new("电商示范企业", "e-commerce demonstration enterprise"),
        DemonstrationCategory.LiveTeam => new("电商直播示范团队", "e-commerce live-streaming demonstration team"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not one of the four demonstration categories."),
    };

    /// <summary>The provincial title granted (四、(二)1.), in zh-CN and en.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static LocalizedText Title(DemonstrationCategory category) => category switch
    {
        DemonstrationCategory.Park => new("贵州省电子商务产业发展示范园区", "Guizhou E-commerce Industry Development Demonstration Park"),
        DemonstrationCategory.LiveBase => new("贵州省电子商务直播示范基地", "Guizhou E-commerce Live-streaming Demonstration Base"),
        DemonstrationCategory.Enterprise => new("贵州省电子商务产业发展示范企业", "Guizhou E-commerce Industry Development Demonstration Enterprise"),
        DemonstrationCategory.LiveTeam => new("贵州省电子商务直播示范团队", "Guizhou E-commerce Live-streaming Demonstration Team"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not one of the four demonstration categories."),
    };

    /// <summary>
    /// The document's cap on the one-off reward to the operator of a recognised project (GZ-REWARD-ONE-OFF, 不超过 → a cap,
    /// never an entitlement): park ¥3,000,000; live base ¥500,000; enterprise ¥50,000; live team ¥50,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static Money OneOffRewardCap(DemonstrationCategory category) =>
        Money.FromYuan(ShiBaiQianWanClauses.OneOffCap(category).DefaultValue!.Value);

    /// <summary>The parameter key of the category's one-off reward cap, such as <c>GZ-REWARD-ONE-OFF-PARK</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static string OneOffRewardParameterKey(DemonstrationCategory category) => ShiBaiQianWanClauses.OneOffCap(category).Key;

    /// <summary>The JSON name of the category (<c>park</c>, <c>liveBase</c>, <c>enterprise</c>, <c>liveTeam</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not one of the four.</exception>
    public static string JsonName(DemonstrationCategory category) => category switch
    {
        DemonstrationCategory.Park => "park",
        DemonstrationCategory.LiveBase => "liveBase",
        DemonstrationCategory.Enterprise => "enterprise",
        DemonstrationCategory.LiveTeam => "liveTeam",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not one of the four demonstration categories."),
    };
}
