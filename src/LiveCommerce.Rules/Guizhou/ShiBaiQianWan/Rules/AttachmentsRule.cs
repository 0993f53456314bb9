using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 示范项目申报主体需按照附件3-12分别填报相应资料: each category files the attachments whose titles name it (the attachments
/// themselves are not in the source, only their titles). A missing attachment leaves the evidence incomplete.
/// </summary>
/// <remarks>
/// From the titles: park 3 (园区评选指标体系), 6 (申报表), 7 (入驻电商企业名单), 9 (申报书撰写提纲); live base 4, 6, 7, 9;
/// enterprise 5 (示范企业评选指标体系), 8 (推荐汇总表) and one of the outlines 10 (商务示范企业) or 11 (电商示范企业), which
/// the source does not tell apart; live team 8 and 12 (直播示范团队申报书撰写提纲).
/// </remarks>
internal sealed class AttachmentsRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Attachments)
{
    private static readonly LocalizedText NotApplied = new("本年度未申报", "No application this year");

    /// <summary>The attachments each category must file; an inner array is "one of".</summary>
    private static readonly ImmutableDictionary<DemonstrationCategory, int[][]> Required = new Dictionary<DemonstrationCategory, int[][]>
    {
        [DemonstrationCategory.Park] = [[3], [6], [7], [9]],
        [DemonstrationCategory.LiveBase] = [[4], [6], [7], [9]],
        [DemonstrationCategory.Enterprise] = [[5], [8], [10, 11]],
        [DemonstrationCategory.LiveTeam] = [[8], [12]],
    }.ToImmutableDictionary();

    private static readonly string[] Titles =
    [
        "", "", "",
        "省级电商产业示范园区评选指标体系",
        "省级电商产业示范基地评选指标体系",
        "省级电子商务示范企业评选指标体系",
        "省级电商产业示范园区、示范基地申报表",
        "省级电商产业示范园区、示范基地入驻电商企业名单",
        "省级商务示范企业、电商直播示范团队推荐汇总表",
        "省级电商产业示范园区、示范基地申报书撰写提纲",
        "省级商务示范企业申报书撰写提纲",
        "省级电商示范企业申报书撰写提纲",
        "省级电商直播示范团队申报书撰写提纲",
    ];

    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) =>
        facts.Application is not { } application ? Decision.NotApplicable
        : Missing(facts.Category, application.AttachmentsFiled).Length == 0 ? new(Outcome.Met)
        : new(Outcome.EvidenceIncomplete);

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision)
    {
        if (facts.Application is not { } application)
        {
            return NotApplied;
        }

        LocalizedText category = DemonstrationCategories.Name(facts.Category);
        int[][] missing = Missing(facts.Category, application.AttachmentsFiled);
        return missing.Length == 0
            ? Text.Of(
                $"已按“{category.ZhCn}”类别填报附件 {string.Join("、", application.AttachmentsFiled.Order())}",
                $"The attachments of the category {category.En} are filed: {string.Join(", ", application.AttachmentsFiled.Order())}")
            : Text.Of(
                $"“{category.ZhCn}”类别申报材料不全,缺少附件 {string.Join("、", missing.Select(m => string.Join("或", m)))}",
                $"The application materials of the category {category.En} are incomplete: attachment {string.Join(", ", missing.Select(m => string.Join(" or ", m)))} missing");
    }

    protected override ImmutableArray<LocalizedText> Describe(DemonstrationProject facts, DateOnly asOf, in Decision decision) =>
        facts.Application is not { } application
            ? []
            : [.. Missing(facts.Category, application.AttachmentsFiled).Select(m => Text.Of(
                $"✗ 附件{string.Join("或附件", m)}:{string.Join(" / ", m.Select(n => Titles[n]))}",
                $"✗ Attachment {string.Join(" or ", m)}: {string.Join(" / ", m.Select(n => Titles[n]))}"))];

    private static int[][] Missing(DemonstrationCategory category, ImmutableArray<int> filed) =>
        [.. Required[category].Where(oneOf => !oneOf.Any(n => !filed.IsDefault && filed.Contains(n)))];
}
