using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

/// <summary>Builders for Xiangyuan projects: every quantity exactly at its boundary, to vary one fact at a time.</summary>
internal static class XiangyuanSamples
{
    public static readonly DateOnly Start = new(2023, 8, 1);   // a Tuesday: the first ISO week is partial
    public static readonly DateOnly End = new(2024, 12, 31);   // a Tuesday: the last ISO week (2025-W01) is partial
    public static readonly DateOnly AsOf = End;

    /// <summary>The main count each deliverable needs, written out independently of the library's data.</summary>
    public static readonly IReadOnlyDictionary<string, int> Counts = new Dictionary<string, int>
    {
        ["XY-1-2-STANDARD-PRODUCTS"] = 5,
        ["XY-1-3-TRACE-PLATFORM"] = 1,
        ["XY-1-4-SUPPLY-CHAIN"] = 1,
        ["XY-1-5-SINKING-PILOT"] = 1,
        ["XY-2-1-LEADING-ENTERPRISES"] = 5,
        ["XY-2-3-PRODUCT-HALL"] = 1,
        ["XY-2-5-FINANCE-CENTRE"] = 1,
        ["XY-3-2-CROSS-BORDER-TRAINING"] = 200,
        ["XY-3-3-CROSS-BORDER-ENTERPRISE"] = 1,
        ["XY-3-4-CROSS-BORDER-PLATFORM"] = 1,
        ["XY-4-1-PUBLIC-BRAND"] = 1,
        ["XY-4-2-SMALL-BRANDS"] = 5,
        ["XY-4-3-NET-PRODUCTS"] = 5,
        ["XY-4-5-LAUNCH-EVENT"] = 1,
        ["XY-4-7-PROMO-VIDEO"] = 1,
        ["XY-5-2-TRAINING"] = 1,
        ["XY-5-3-LEADERS"] = 5,
        ["XY-5-4-INFLUENCERS"] = 5,
        ["XY-6-3-INCUBATOR"] = 10,
        ["XY-6-4-BIG-DATA"] = 1,
        ["XY-6-6-ONLINE-PLATFORM"] = 1,
        ["XY-7-3-LOGISTICS-PLATFORM"] = 1,
        ["XY-8-1-MEDIA-REPORTS"] = 2,
        ["XY-8-2-MEDIA-MATRIX"] = 80,
        ["XY-8-3-CAMPAIGN"] = 1,
    };

    public static readonly IReadOnlyDictionary<string, decimal> Areas = new Dictionary<string, decimal>
    {
        ["XY-3-2-CROSS-BORDER-TRAINING"] = 100,
        ["XY-5-1-TRAINING-BASE"] = 100,
        ["XY-6-1-SERVICE-CENTRE"] = 2000,
        ["XY-6-2-EXPERIENCE-CENTRE"] = 700,
        ["XY-7-1-LOGISTICS-CENTRE"] = 500,
    };

    public static readonly IReadOnlyDictionary<string, int> ItemCounts = new Dictionary<string, int>
    {
        ["网红直播间"] = 3,
        ["宣传手册"] = 2,
        ["县乡村干部宏观培训"] = 100,
        ["普及培训"] = 300,
        ["网红直播技能培训"] = 100,
        ["其他进阶培训"] = 0,
    };

    public static RuralETownProject AtBoundary() => new()
    {
        ProjectName = "襄垣县培育古韩镇乡村e镇项目",
        Town = "古韩镇",
        PeriodStart = Start,
        PeriodEnd = End,
        Deliverables = [.. RuralETownRuleSet.DeliverableIds.Select(Record)],
        LiveSellingEvents = [.. Mondays().Select((d, i) => new LiveSellingEvent { Date = d, Venue = (i % 3) switch { 0 => "直播间", 1 => "原产地", _ => "展厅" } })],
        ContentPushes = [.. Mondays().Select(d => new ContentPush { Date = d, Account = "微信公众号" })],
        Salons = [.. new[] { new DateOnly(2023, 9, 15), new DateOnly(2023, 12, 15), new DateOnly(2024, 3, 15), new DateOnly(2024, 6, 15), new DateOnly(2024, 9, 15), new DateOnly(2024, 12, 15) }
            .Select(d => new Salon { Date = d, Theme = "直播选品交流" })],
        Contests = [new Contest { Date = new DateOnly(2023, 11, 18), Title = "创业技能大赛" }, new Contest { Date = new DateOnly(2024, 10, 19), Title = "销售比武大赛" }],
        Market = new MarketIndicators
        {
            BaselineOnlineRetail = Money.FromYuan(27_272_727.28m),
            Years =
            [
                Year(2023, 30_000_000.01m, 151, 10, 6),
                Year(2024, 33_000_000.02m, 151, 10, 6),
            ],
        },
    };

    public static MarketYear Year(int year, decimal retail, int jobs, int entities, int ecommerce) => new()
    {
        Year = year,
        OnlineRetail = Money.FromYuan(retail),
        NewEmployment = jobs,
        Towns = [new TownEntities { Town = "古韩镇", NewLegalEntities = entities, NewEcommerceEntities = ecommerce }],
    };

    public static DeliverableRecord Record(string id) => new()
    {
        Id = id,
        Count = Counts.TryGetValue(id, out int c) ? c : null,
        Area = Areas.TryGetValue(id, out decimal a) ? Area.FromSquareMetres(a) : null,
        DurationSeconds = id == "XY-4-7-PROMO-VIDEO" ? 300 : null,
        Items = [.. RuralETownRuleSet.ItemsOf(id).Select(n => new DeliveredItem { Name = n, Count = ItemCounts.TryGetValue(n, out int k) ? k : 1 })],
        Evidence = RuralETownRuleSet.EvidenceOf(id),
    };

    /// <summary>The project with deliverable <paramref name="id"/>'s record replaced.</summary>
    public static RuralETownProject With(this RuralETownProject p, string id, Func<DeliverableRecord, DeliverableRecord> change) =>
        p with { Deliverables = [.. p.Deliverables.Select(d => d.Id == id ? change(d) : d)] };

    /// <summary>The project with item <paramref name="item"/> of deliverable <paramref name="id"/> set to <paramref name="count"/>.</summary>
    public static RuralETownProject WithItem(this RuralETownProject p, string id, string item, int count) =>
        p.With(id, d => d with { Items = [.. d.Items.Select(i => i.Name == item ? i with { Count = count } : i)] });

    /// <summary>Every Monday of the period, plus the period's first day when it is not a Monday (the partial first week).</summary>
    public static IEnumerable<DateOnly> Mondays()
    {
        yield return Start;
        for (DateOnly d = Start.AddDays(1); d <= End; d = d.AddDays(1))
        {
            if (d.DayOfWeek == DayOfWeek.Monday)
            {
                yield return d;
            }
        }
    }
}
