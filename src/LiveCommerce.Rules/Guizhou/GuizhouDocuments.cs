using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou;

/// <summary>The Guizhou source documents the rules cite.</summary>
public static class GuizhouDocuments
{
    /// <summary>贵州省推动电子商务发展“十百千万”工程实施方案, 黔商发〔2023〕1号 (2023-01-06).</summary>
    public static SourceDocument ShiBaiQianWan { get; } = new(
        "gz-2023-shibaiqianwan",
        new LocalizedText(
            "贵州省推动电子商务发展“十百千万”工程实施方案",
            "Guizhou implementation plan for the \"Ten-Hundred-Thousand-Ten-thousand\" programme to promote e-commerce"),
        new LocalizedText("贵州省商务厅", "Guizhou Provincial Department of Commerce"),
        new DateOnly(2023, 1, 6),
        "黔商发〔2023〕1号");

    /// <summary>The rule sets and goal sets of <see cref="ShiBaiQianWan"/>, in Guizhou.</summary>
    internal static DocumentScope ShiBaiQianWanScope { get; } = new(ShiBaiQianWan, new LocalizedText("贵州省", "Guizhou"));
}
