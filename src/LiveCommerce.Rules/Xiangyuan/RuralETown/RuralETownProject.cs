using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>
/// The facts of the Xiangyuan Guhan-town rural e-town project at acceptance: what the contractor (受托方) delivered for
/// each deliverable of 三、(一)–(九), the dated activity records the weekly, quarterly and yearly cadences are checked
/// against, and the market indicators.
/// </summary>
/// <remarks>JSON: camelCase (see docs/programmes/xiangyuan-rural-e-town.md). Dates are China local dates.</remarks>
public sealed record RuralETownProject
{
    /// <summary>The project's name.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The town the project cultivates (古韩镇); the market-entity indicator is checked for it.</summary>
    public required string Town { get; init; }

    /// <summary>The first day of the project period (项目实施期间).</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The last day of the project period.</summary>
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>One record per deliverable (catalog id), with its quantities, components and evidence documents.</summary>
    public required ImmutableArray<DeliverableRecord> Deliverables { get; init; }

    /// <summary>三、(四)8. Every live-selling event (直播带货活动), dated.</summary>
    public required ImmutableArray<LiveSellingEvent> LiveSellingEvents { get; init; }

    /// <summary>三、(四)6. Every content push (推送) on the brand's official accounts, dated.</summary>
    public required ImmutableArray<ContentPush> ContentPushes { get; init; }

    /// <summary>三、(六)7. Every e-commerce salon (电商交流沙龙会), dated.</summary>
    public required ImmutableArray<Salon> Salons { get; init; }

    /// <summary>三、(五)5. Every entrepreneurship skills contest (创业技能大赛), dated.</summary>
    public required ImmutableArray<Contest> Contests { get; init; }

    /// <summary>三、(九). The market indicators by calendar year.</summary>
    public required MarketIndicators Market { get; init; }
}

/// <summary>What the contractor delivered for one deliverable.</summary>
public sealed record DeliverableRecord
{
    /// <summary>The catalog id, such as <c>XY-6-1-SERVICE-CENTRE</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The deliverable's main count (enterprises, brands, platforms, offices, trainee-times…; see the rule's
    /// subject). Omitted counts as zero.</summary>
    public int? Count { get; init; }

    /// <summary>The usable area, where the deliverable is a place. Omitted counts as zero.</summary>
    public Area? Area { get; init; }

    /// <summary>A duration in seconds, where the deliverable is a film (XY-4-7): "时长不少于5分钟" is 300 seconds, so
    /// 4′40″ (280) falls short. Omitted counts as zero.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>Components, functions, segments, places and conditions delivered, by their Chinese names (see the rule's
    /// list of known names); an unknown name is a validation problem.</summary>
    public required ImmutableArray<DeliveredItem> Items { get; init; }

    /// <summary>The evidence documents (服务要求) on file, by their Chinese names; a name not listed is missing.</summary>
    public required ImmutableArray<string> Evidence { get; init; }

    /// <summary>The recorded reason an authority waived an in-principle (原则上) shortfall, if it did.</summary>
    public string? WaiverReason { get; init; }
}

/// <summary>One component, function, segment, place or condition of a deliverable.</summary>
public sealed record DeliveredItem
{
    /// <summary>The Chinese name, such as <c>网红直播间</c> or <c>集体商标</c>.</summary>
    public required string Name { get; init; }

    /// <summary>How many (rooms, trainee-times…); 1 when omitted. Zero means not delivered.</summary>
    public int? Count { get; init; }

    /// <summary>The count, 1 when omitted.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int EffectiveCount => Count ?? 1;
}

/// <summary>One live-selling event (直播带货活动).</summary>
public sealed record LiveSellingEvent
{
    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The venue: <c>直播间</c>, <c>原产地</c>, <c>展厅</c> or <c>其他</c>.</summary>
    public required string Venue { get; init; }
}

/// <summary>One content push on an official account.</summary>
public sealed record ContentPush
{
    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The account: <c>微信公众号</c>, <c>微博</c> or <c>抖音</c>.</summary>
    public required string Account { get; init; }
}

/// <summary>One e-commerce salon (电商交流沙龙会), online or offline.</summary>
public sealed record Salon
{
    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The stated theme (明确主题); a salon without one does not count.</summary>
    public string? Theme { get; init; }
}

/// <summary>One entrepreneurship skills or sales contest (创业技能或销售比武大赛).</summary>
public sealed record Contest
{
    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The contest's title.</summary>
    public string? Title { get; init; }
}

/// <summary>三、(九) Market indicators.</summary>
public sealed record MarketIndicators
{
    /// <summary>Online retail of the calendar year before the project period's first year (under
    /// <see cref="PeriodReading.ProjectPeriods"/>: of the 12 months before the period's first day): the base of the first
    /// year's growth.</summary>
    public required Money BaselineOnlineRetail { get; init; }

    /// <summary>One entry per year of the project period: calendar years, or project years under <see cref="PeriodReading.ProjectPeriods"/>.</summary>
    public required ImmutableArray<MarketYear> Years { get; init; }
}

/// <summary>One year's market figures.</summary>
public sealed record MarketYear
{
    /// <summary>The calendar year; under <see cref="PeriodReading.ProjectPeriods"/> the project year's number (1 for the
    /// 12 months from the period's first day, 2 for the next…).</summary>
    public required int Year { get; init; }

    /// <summary>Online retail of the year (网络零售额), certified by the county statistics bureau.</summary>
    public required Money OnlineRetail { get; init; }

    /// <summary>New employment (新增就业数量) at enterprises the project trained or partnered.</summary>
    public required int NewEmployment { get; init; }

    /// <summary>New legal entities per town in the project area.</summary>
    public required ImmutableArray<TownEntities> Towns { get; init; }
}

/// <summary>New legal entities (新增法人单位) of one town in one year.</summary>
public sealed record TownEntities
{
    /// <summary>The town.</summary>
    public required string Town { get; init; }

    /// <summary>New legal entities.</summary>
    public required int NewLegalEntities { get; init; }

    /// <summary>Of them, those doing e-commerce business (开展电商业务市场主体).</summary>
    public required int NewEcommerceEntities { get; init; }
}
