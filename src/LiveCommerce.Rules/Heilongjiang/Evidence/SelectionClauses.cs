using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>A clause of 坚持公平、公正原则 that both Heilongjiang 2022 plans state in the same words, verbatim.</summary>
internal static class SelectionClauses
{
    /// <summary>
    /// 对企业申报材料如有疑问,须到企业实地复核, as both documents state it (助企行动 六、(二); 共享基地 七、(二)), under each
    /// programme's own catalog id.
    /// </summary>
    public static RuleDescriptor OnSiteReview(SourceDocument document, string id, string section) => document.Clause(
        id, "申报材料有疑问须实地复核", "Questioned materials reviewed on site",
        section, "对企业申报材料如有疑问,须到企业实地复核",
        "Every applicant whose materials the city questioned is reviewed at the enterprise; none questioned: not applicable.");
}
