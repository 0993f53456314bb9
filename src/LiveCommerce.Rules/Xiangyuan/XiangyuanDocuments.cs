using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan;

/// <summary>The Xiangyuan county (襄垣县, Changzhi, Shanxi) source documents the rules cite.</summary>
public static class XiangyuanDocuments
{
    /// <summary>襄垣县培育古韩镇乡村e镇项目 执行标准 (2023-08-01).</summary>
    public static SourceDocument RuralETownStandard { get; } = new(
        "xy-2023-rural-e-town",
        new LocalizedText(
            "襄垣县培育古韩镇乡村e镇项目 执行标准",
            "Xiangyuan county: execution standard of the project to cultivate Guhan town as a rural e-town"),
        new LocalizedText("襄垣县乡村e镇培育工作领导小组办公室", "Office of the Xiangyuan county rural e-town cultivation leading group"),
        new DateOnly(2023, 8, 1),
        null);

    /// <summary>The rule sets of <see cref="RuralETownStandard"/>, in Xiangyuan county.</summary>
    internal static DocumentScope RuralETownStandardScope { get; } = new(RuralETownStandard, new LocalizedText("山西省长治市襄垣县", "Xiangyuan county, Changzhi, Shanxi"));
}
