using System.Collections.Immutable;

namespace LiveCommerce.Rules.Engine;

/// <summary>One listed item of a checklist clause: whether it was done, and the document that shows it.</summary>
/// <param name="Label">What the item is.</param>
/// <param name="Done">Whether the facts state it was done (satisfied, held).</param>
/// <param name="Evidence">The supporting document; required when done.</param>
internal readonly record struct ChecklistItem(LocalizedText Label, bool Done, string? Evidence)
{
    /// <summary>Whether a document is named (not blank).</summary>
    public bool Evidenced => !string.IsNullOrWhiteSpace(Evidence);
}

/// <summary>The texts of a checklist clause; the lists of failed items follow <see cref="NotDone"/> and <see cref="NoEvidence"/>.</summary>
internal sealed record ChecklistTexts
{
    /// <summary>What is missing when the facts hold no record of the items.</summary>
    public required LocalizedText NoRecord { get; init; }

    /// <summary>What a met finding says.</summary>
    public required LocalizedText AllDone { get; init; }

    /// <summary>Followed by the items not done ("未完成:" / "Not done: ").</summary>
    public required LocalizedText NotDone { get; init; }

    /// <summary>Followed by the items done without their document.</summary>
    public required LocalizedText NoEvidence { get; init; }

    /// <summary>What a not-applicable finding says, if anything.</summary>
    public LocalizedText? NotApplicable { get; init; }

    /// <summary>How an item not done is noted ("未完成" / "not done"); <see langword="null"/> when a failed checklist has no notes.</summary>
    public LocalizedText? NotDoneMark { get; init; }
}

/// <summary>The decision and texts of a checklist: every listed item done and evidenced.</summary>
internal static class Checklist
{
    /// <summary>An item not done → not met (<paramref name="failed"/>); else an item without its document → evidence
    /// incomplete; else met.</summary>
    public static Outcome Decide(ChecklistItem[] items, Outcome failed)
    {
        bool withoutEvidence = false;
        foreach (ChecklistItem item in items)
        {
            if (!item.Done)
            {
                return failed;
            }

            withoutEvidence |= !item.Evidenced;
        }

        return withoutEvidence ? Outcome.EvidenceIncomplete : Outcome.Met;
    }

    /// <summary><paramref name="prefix"/> followed by the labels of the items not done, or (<paramref name="notDone"/>
    /// false) of those done without their document.</summary>
    public static LocalizedText List(LocalizedText prefix, ChecklistItem[] items, bool notDone)
    {
        LocalizedText[] labels = [.. items.Where(i => notDone ? !i.Done : i.Done && !i.Evidenced).Select(i => i.Label)];
        return new(prefix.ZhCn + string.Join("、", labels.Select(l => l.ZhCn)), prefix.En + string.Join(", ", labels.Select(l => l.En)));
    }

    /// <summary>One note per item: ✗ not done (<paramref name="notDoneMark"/>), ? done without its document, ✓ with it.</summary>
    public static ImmutableArray<LocalizedText> Notes(ChecklistItem[] items, LocalizedText notDoneMark)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>(items.Length);
        foreach (ChecklistItem item in items)
        {
            notes.Add(!item.Done
                ? Text.Of($"✗ {item.Label.ZhCn}:{notDoneMark.ZhCn}", $"✗ {item.Label.En}: {notDoneMark.En}")
                : !item.Evidenced
                    ? Text.Of($"? {item.Label.ZhCn}:已声明,缺少佐证材料", $"? {item.Label.En}: stated, no supporting evidence")
                    : Text.Of($"✓ {item.Label.ZhCn}:{item.Evidence}", $"✓ {item.Label.En}: {item.Evidence}"));
        }

        return notes.MoveToImmutable();
    }
}

/// <summary>
/// A clause that lists steps or duties ("…等程序", "…等方式", "…,指定专人负责"), each read as an evidence item: not
/// applicable → not applicable; no record at all → evidence incomplete; an item not done → not met; an item done without
/// its document → evidence incomplete; else met. The clause is data: its items and texts.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
/// <remarks>A list ending in 等 is read as a checklist: every listed item is required.</remarks>
internal sealed class EvidenceChecklistRule<TFacts>(
    RuleDescriptor descriptor,
    ChecklistTexts texts,
    Func<TFacts, ChecklistItem[]?> items,
    Func<TFacts, bool>? applies = null)
    : Rule<TFacts>(descriptor)
{
    public override Decision Decide(TFacts facts, DateOnly asOf) =>
        applies is not null && !applies(facts) ? Decision.NotApplicable
        : items(facts) is not { } listed ? new Decision(Outcome.EvidenceIncomplete)
        : new Decision(Checklist.Decide(listed, Failed));

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return texts.NotApplicable;
        }

        ChecklistItem[]? listed = items(facts);
        return listed is null ? texts.NoRecord
            : decision.Outcome == Outcome.Met ? texts.AllDone
            : decision.Outcome == Outcome.EvidenceIncomplete ? Checklist.List(texts.NoEvidence, listed, notDone: false)
            : Checklist.List(texts.NotDone, listed, notDone: true);
    }

    protected override ImmutableArray<LocalizedText> Describe(TFacts facts, DateOnly asOf, in Decision decision) =>
        decision.Outcome == Outcome.NotApplicable || items(facts) is not { } listed ? []
        : decision.Outcome == Outcome.Met ? Checklist.Notes(listed, texts.NotDoneMark ?? texts.NotDone)
        : texts.NotDoneMark is { } mark ? Checklist.Notes(listed, mark)
        : [];
}
