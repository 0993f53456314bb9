using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals.ProvinceGoals;

/// <summary>Shorthand for declaring a document's goals.</summary>
internal sealed class GoalBuilder(SourceDocument document, string rowId, DateOnly deadline)
{
    public GoalDefinition AtLeast(string id, string labelZh, string labelEn, decimal target, Unit unit, string wording, string section, string clause, string summary, GoalMeasure? measure = null) =>
        Goal(id, labelZh, labelEn, Threshold.AtLeast(target, unit, wording), section, clause, summary, measure);

    public GoalDefinition Goal(string id, string labelZh, string labelEn, Threshold target, string section, string clause, string summary, GoalMeasure? measure = null, bool allowsNegative = false) =>
        new(id, rowId, new LocalizedText(labelZh, labelEn), target, deadline, new Citation(document, section, clause, summary), measure ?? GoalMeasure.Figure, allowsNegative);
}
