using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals.ProvinceGoals;

/// <summary>Shorthand for declaring the goals of one catalog row (<see cref="GoalRows"/>): each cites the row's document
/// and falls due on <paramref name="deadline"/>.</summary>
internal sealed class GoalBuilder(RuleDescriptor row, DateOnly deadline)
{
    public GoalDefinition AtLeast(string id, string labelZh, string labelEn, decimal target, Unit unit, string wording, string section, string clause, string summary, GoalMeasure? measure = null) =>
        Goal(id, labelZh, labelEn, Threshold.AtLeast(target, unit, wording), section, clause, summary, measure);

    public GoalDefinition Goal(string id, string labelZh, string labelEn, Threshold target, string section, string clause, string summary, GoalMeasure? measure = null, bool allowsNegative = false) =>
        new(id, row.Id, new LocalizedText(labelZh, labelEn), target, deadline, new Citation(row.Citation.Document, section, clause, summary), measure ?? GoalMeasure.Figure, allowsNegative);

    /// <summary>The one goal of a row that states a single target: its id and verbatim clause are the row's.</summary>
    public GoalDefinition Whole(string labelZh, string labelEn, Threshold target, string summary, bool allowsNegative = false) =>
        Goal(row.Id, labelZh, labelEn, target, row.Citation.Section, row.Citation.Clause, summary, allowsNegative: allowsNegative);
}
