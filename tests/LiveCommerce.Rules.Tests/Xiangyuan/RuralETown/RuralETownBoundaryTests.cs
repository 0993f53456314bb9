using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownBoundaryTests
{
    /// <summary>Every main count: id, the boundary from the seed, and the outcome one below (原则上 → warning).</summary>
    public static TheoryData<string, int, Outcome> Counts => new()
    {
        { "XY-1-2-STANDARD-PRODUCTS", 5, Outcome.NotMet },
        { "XY-1-3-TRACE-PLATFORM", 1, Outcome.NotMet },
        { "XY-1-4-SUPPLY-CHAIN", 1, Outcome.NotMet },
        { "XY-1-5-SINKING-PILOT", 1, Outcome.NotMet },
        { "XY-2-1-LEADING-ENTERPRISES", 5, Outcome.NotMet },
        { "XY-2-3-PRODUCT-HALL", 1, Outcome.NotMet },
        { "XY-2-5-FINANCE-CENTRE", 1, Outcome.NotMet },
        { "XY-3-2-CROSS-BORDER-TRAINING", 200, Outcome.NotMet },
        { "XY-3-3-CROSS-BORDER-ENTERPRISE", 1, Outcome.NotMet },
        { "XY-3-4-CROSS-BORDER-PLATFORM", 1, Outcome.NotMet },
        { "XY-4-1-PUBLIC-BRAND", 1, Outcome.NotMet },
        { "XY-4-2-SMALL-BRANDS", 5, Outcome.NotMet },
        { "XY-4-3-NET-PRODUCTS", 5, Outcome.NotMet },
        { "XY-4-5-LAUNCH-EVENT", 1, Outcome.NotMet },
        { "XY-4-7-PROMO-VIDEO", 1, Outcome.NotMet },
        { "XY-5-2-TRAINING", 1, Outcome.NotMet },
        { "XY-5-3-LEADERS", 5, Outcome.NotMet },
        { "XY-5-4-INFLUENCERS", 5, Outcome.NotMet },
        { "XY-6-3-INCUBATOR", 10, Outcome.Warning },
        { "XY-6-4-BIG-DATA", 1, Outcome.NotMet },
        { "XY-6-6-ONLINE-PLATFORM", 1, Outcome.NotMet },
        { "XY-7-3-LOGISTICS-PLATFORM", 1, Outcome.NotMet },
        { "XY-8-1-MEDIA-REPORTS", 2, Outcome.NotMet },
        { "XY-8-2-MEDIA-MATRIX", 80, Outcome.NotMet },
        { "XY-8-3-CAMPAIGN", 1, Outcome.NotMet },
    };

    public static TheoryData<string, decimal, Outcome> Areas => new()
    {
        { "XY-3-2-CROSS-BORDER-TRAINING", 100m, Outcome.Warning },
        { "XY-5-1-TRAINING-BASE", 100m, Outcome.Warning },
        { "XY-6-1-SERVICE-CENTRE", 2000m, Outcome.Warning },
        { "XY-6-2-EXPERIENCE-CENTRE", 700m, Outcome.NotMet },
        { "XY-7-1-LOGISTICS-CENTRE", 500m, Outcome.NotMet },
    };

    public static TheoryData<string, string, int> ItemCounts => new()
    {
        { "XY-2-4-SHOWROOMS", "北京", 1 },
        { "XY-2-4-SHOWROOMS", "太原", 1 },
        { "XY-6-1-SERVICE-CENTRE", "网红直播间", 3 },
        { "XY-8-3-CAMPAIGN", "宣传手册", 2 },
        { "XY-5-2-TRAINING", "县乡村干部宏观培训", 100 },
        { "XY-5-2-TRAINING", "普及培训", 300 },
        { "XY-5-2-TRAINING", "网红直播技能培训", 100 },
    };

    [Fact]
    public void Evaluate_ProjectAtEveryBoundary_MeetsEveryDeliverable()
    {
        Report report = Evaluate.Project(XiangyuanSamples.AtBoundary());

        Assert.All(report.Findings, f => Assert.Equal(Outcome.Met, f.Outcome));
        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal(49, report.Findings.Length); // 5 fixed standards of 二, 44 deliverables of 三
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Evaluate_CountAtBoundaryBelowAndAbove_MetBelowFailsAboveMet(string id, int boundary, Outcome below)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.With(id, d => d with { Count = boundary }), id));
        Assert.Equal(below, Evaluate.Outcome(p.With(id, d => d with { Count = boundary - 1 }), id));
        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.With(id, d => d with { Count = boundary + 1 }), id));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Evaluate_AreaAtBoundaryAndOneHundredthBelowAndAbove_MetBelowFailsAboveMet(string id, decimal boundary, Outcome below)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.With(id, d => d with { Area = Area.FromSquareMetres(boundary) }), id));
        Assert.Equal(below, Evaluate.Outcome(p.With(id, d => d with { Area = Area.FromSquareMetres(boundary - 0.01m) }), id));
        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.With(id, d => d with { Area = Area.FromSquareMetres(boundary + 0.01m) }), id));
    }

    [Theory]
    [MemberData(nameof(ItemCounts))]
    public void Evaluate_ItemCountAtBoundaryBelowAndAbove_MetNotMetMet(string id, string item, int boundary)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.WithItem(id, item, boundary), id));
        Assert.Equal(Outcome.NotMet, Evaluate.Outcome(p.WithItem(id, item, boundary - 1), id));
        Assert.Equal(Outcome.Met, Evaluate.Outcome(p.WithItem(id, item, boundary + 1), id));
    }

    [Fact]
    public void Evaluate_TrainingTotalBelow500WithEveryStreamMet_NotMet()
    {
        // 100 + 300 + 100 = 500; the streams are met on their own, the total needs 500 (不少于500人次).
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        RuralETownProject other = p.WithItem("XY-5-2-TRAINING", "其他进阶培训", 1);

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p, "XY-5-2-TRAINING"));
        Assert.Equal(Outcome.Met, Evaluate.Outcome(other, "XY-5-2-TRAINING"));
        Assert.Contains("培训总人次 501", Evaluate.Notes(Evaluate.Project(other)["XY-5-2-TRAINING"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300, Outcome.Met)]     // 5′00″: 不少于5分钟 includes 5 minutes
    [InlineData(299, Outcome.NotMet)]  // one second short
    [InlineData(301, Outcome.Met)]
    [InlineData(280, Outcome.NotMet)]  // 4′40″, which whole minutes would have rounded to 5
    public void Evaluate_PromoVideoSeconds_HeldToThreeHundred(int seconds, Outcome expected)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        const string id = "XY-4-7-PROMO-VIDEO";

        Assert.Equal(expected, Evaluate.Outcome(p.With(id, d => d with { DurationSeconds = seconds }), id));
    }

    [Theory]
    [InlineData("XY-4-1-PUBLIC-BRAND", "集体商标")]
    [InlineData("XY-4-3-NET-PRODUCTS", "第三方机构开发和包装设计")]
    [InlineData("XY-4-5-LAUNCH-EVENT", "品牌授权")]
    [InlineData("XY-4-5-LAUNCH-EVENT", "媒体")]
    [InlineData("XY-1-3-TRACE-PLATFORM", "标识管理")]
    [InlineData("XY-1-3-TRACE-PLATFORM", "记录由生产到销售每一环节的数据信息")] // (1)2)'s second half
    [InlineData("XY-6-4-BIG-DATA", "特色产品")] // the heading's seven kinds of data
    [InlineData("XY-3-1-CROSS-BORDER-POLICY", "跨境电商金融")] // the heading's three measures
    [InlineData("XY-3-1-CROSS-BORDER-POLICY", "公示")]
    [InlineData("XY-4-6-NEW-MEDIA", "抖音")]
    [InlineData("XY-6-1-SERVICE-CENTRE", "公共摄影室")]
    [InlineData("XY-6-3-INCUBATOR", "准入准出制度")]
    [InlineData("XY-2-2-SUPPORT-POLICY", "公示")]
    public void Evaluate_RequiredComponentMissing_NotMetNamingIt(string id, string item)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With(id, d => d with { Items = [.. d.Items.Where(i => i.Name != item)] });

        Finding f = Evaluate.Project(p)[id];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains(item, f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ComponentWithCountZero_CountsAsMissing()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().WithItem("XY-4-1-PUBLIC-BRAND", "集体商标", 0);

        Assert.Equal(Outcome.NotMet, Evaluate.Outcome(p, "XY-4-1-PUBLIC-BRAND"));
    }

    [Fact]
    public void Evaluate_DeliverableWithoutRecord_NotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Deliverables = [.. p.Deliverables.Where(d => d.Id != "XY-6-5-SERVICES")] };

        Finding f = Evaluate.Project(p)["XY-6-5-SERVICES"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("未提交该项交付记录", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LiveVenueNeverUsed_NotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { LiveSellingEvents = [.. p.LiveSellingEvents.Select(e => e.Venue == "原产地" ? e with { Venue = "直播间" } : e)] };

        Finding f = Evaluate.Project(p)["XY-4-8-WEEKLY-LIVE"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("缺少 原产地", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TighterMediaMatrix_FailsWhatTheDefaultPasses()
    {
        RuralETownRuleSet stricter = RuralETownRuleSet.Create(ParameterSet.Empty.With("XY-8-2-MEDIA-MATRIX", 100));
        RuralETownProject p = XiangyuanSamples.AtBoundary();

        Assert.Equal(Outcome.NotMet, stricter.Evaluate(p, XiangyuanSamples.AsOf)["XY-8-2-MEDIA-MATRIX"].Outcome);
        Assert.Equal(Outcome.Met, Evaluate.Outcome(p, "XY-8-2-MEDIA-MATRIX"));
    }

    [Fact]
    public void Create_LooseningOverride_ThrowsNamingRuleAndValues()
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => RuralETownRuleSet.Create(ParameterSet.Empty.With("XY-9-3-EMPLOYMENT", 100)));

        Assert.Contains("XY-9-3-EMPLOYMENT", ex.Message, StringComparison.Ordinal);
        Assert.Contains("150", ex.Message, StringComparison.Ordinal);
    }
}
