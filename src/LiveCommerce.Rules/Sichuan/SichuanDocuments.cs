using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan;

/// <summary>The Sichuan source documents the rules cite.</summary>
public static class SichuanDocuments
{
    /// <summary>四川电商消费新业态高质量集聚发展行动方案(征求意见稿), published for comment on 2023-05-11 (comment period to 2023-06-10).</summary>
    public static SourceDocument ClusterActionPlanDraft { get; } = new(
        "sc-2023-cluster-draft",
        new LocalizedText(
            "四川电商消费新业态高质量集聚发展行动方案(征求意见稿)",
            "Sichuan action plan for the high-quality clustered development of new e-commerce consumption formats (draft for comment)"),
        new LocalizedText("四川省商务厅", "Sichuan Provincial Department of Commerce"),
        new DateOnly(2023, 5, 11),
        null);

    /// <summary>The last day of the public comment period (公开征求意见时间为2023年5月11日至2023年6月10日).</summary>
    public static DateOnly CommentPeriodEnd { get; } = new(2023, 6, 10);

    /// <summary>The rule sets and goal sets of <see cref="ClusterActionPlanDraft"/>, in Sichuan: a draft.</summary>
    internal static DocumentScope ClusterActionPlanDraftScope { get; } = new(ClusterActionPlanDraft, new LocalizedText("四川省", "Sichuan"), DocumentStatus.Draft);
}
