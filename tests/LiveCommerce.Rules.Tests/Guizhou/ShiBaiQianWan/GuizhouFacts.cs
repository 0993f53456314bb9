using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

/// <summary>Builders for Guizhou facts and criteria, to vary one fact at a time.</summary>
internal static class GuizhouFacts
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    public static SupportClaim Claim(decimal? retail = null, decimal? sales = null, DemonstrationCategory? category = null, bool aboveSize = true, bool crossBorder = false) => new()
    {
        ApplicantName = "测试电商有限公司",
        Year = 2023,
        RecognisedCategory = category,
        AnnualSales = sales is { } s ? Money.FromYuan(s) : null,
        OnlineRetailOfGoods = retail is { } r ? Money.FromYuan(r) : null,
        AboveDesignatedSizeInStatistics = aboveSize,
        CrossBorder = crossBorder,
    };

    /// <summary>The traffic subsidy cap reported for <paramref name="retail"/> (zero when no amount is reported).</summary>
    public static Money Subsidy(SupportRuleSet ruleSet, decimal retail, bool aboveSize = true, bool crossBorder = false) =>
        ruleSet.Evaluate(Claim(retail, aboveSize: aboveSize, crossBorder: crossBorder), AsOf)["GZ-TRAFFIC-SUBSIDY"].Amount?.Value ?? Money.Zero;

    public static DemonstrationCriteria ExampleCriteria()
    {
        ValidationResult result = DemonstrationCriteria.Read(Repo.Sample("gz-demonstration", Path.Combine("config", "criteria.EXAMPLE.json")), out DemonstrationCriteria? criteria);
        Assert.True(result.IsValid, result.ToString());
        return criteria!;
    }

    public static DemonstrationCriteria Criteria(decimal minimumRetail = 20_000_000m) => new()
    {
        Id = "test",
        Source = "unit test",
        Categories =
        [
            new CategoryCriteria
            {
                Category = DemonstrationCategory.Enterprise,
                Criteria = [new Criterion { Indicator = "onlineRetail", LabelZh = "年网络零售额", LabelEn = "Annual online retail", Comparison = Comparison.AtLeast, Value = minimumRetail, Unit = Unit.Yuan, Wording = "不低于" }],
            },
        ],
    };

    public static DemonstrationProject Applicant(decimal retail = 20_000_000m, int year = 2024) => new()
    {
        ProjectName = "测试示范企业",
        OperatorName = "测试示范企业",
        City = "贵阳市",
        Category = DemonstrationCategory.Enterprise,
        Application = new DemonstrationApplication
        {
            Year = year,
            Indicators = [new IndicatorValue { Indicator = "onlineRetail", Value = retail }],
            Route = Route(),
            AttachmentsFiled = [5, 8, 11],
        },
        PriorApplications = [],
        AnnualReports = [],
    };

    public static DemonstrationProject Recognised(DateOnly recognisedOn, params AnnualDataReport[] reports) => new()
    {
        ProjectName = "测试示范企业",
        OperatorName = "测试示范企业",
        City = "贵阳市",
        Category = DemonstrationCategory.Enterprise,
        PriorApplications = [],
        Recognition = new Recognition { RecognisedOn = recognisedOn, Review = Review() },
        AnnualReports = [.. reports],
    };

    public static ApplicationRoute Route() => new()
    {
        SubmittedBy = ApplicationSubmitter.Enterprise,
        SubmittedToLocalCommerceDepartment = true,
        RecommendedByCity = true,
        RecommendationEvidence = "贵阳市商务局推荐文件",
    };

    public static ProvincialReview Review() => new()
    {
        DocumentReview = new ReviewStep { Held = true, Evidence = "资料审核意见" },
        SiteVisit = new ReviewStep { Held = true, Evidence = "实地考察报告" },
        PanelReview = new ReviewStep { Held = true, Evidence = "评审结果" },
    };

    public static AnnualDataReport Report(int year, DateOnly submittedOn, decimal retail = 20_000_000m) =>
        new() { Year = year, SubmittedOn = submittedOn, Indicators = [new IndicatorValue { Indicator = "onlineRetail", Value = retail }] };

    public static string[] Problems(ValidationResult result) => [.. result.Problems.Select(p => $"{p.Path} {p.Code}")];
}
