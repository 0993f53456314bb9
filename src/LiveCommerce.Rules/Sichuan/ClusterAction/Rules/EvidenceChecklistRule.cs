using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// A clause that lists steps or duties ("…等程序", "…,指定专人负责"), each read as an evidence item: no record at all →
/// evidence incomplete; an item not done → not met; an item done without its evidence → evidence incomplete; else met.
/// </summary>
/// <remarks>Like SC-BASE-CRITERIA, a list ending in 等 is read as a checklist: every listed item is required.</remarks>
internal abstract class EvidenceChecklistRule<TFacts>(RuleDescriptor descriptor) : LegacyRule<TFacts>(descriptor)
{
    /// <summary>The listed items in the clause's order, or <see langword="null"/> when the facts hold no record of them.</summary>
    protected abstract (LocalizedText Label, EvidenceItem Item)[]? Items(TFacts facts);

    /// <summary>What is missing when the facts hold no record.</summary>
    protected abstract LocalizedText NoRecord { get; }

    /// <summary>What a met finding says.</summary>
    protected abstract LocalizedText AllDone { get; }

    /// <summary>Whether the rule applies at all (for example only once there is an evaluation).</summary>
    protected virtual bool Applies(TFacts facts) => true;

    /// <summary>What a not-applicable finding says.</summary>
    protected virtual LocalizedText? NotApplicableText => null;

    public override Finding Evaluate(TFacts facts, DateOnly asOf)
    {
        if (!Applies(facts))
        {
            return With(Outcome.NotApplicable, NotApplicableText);
        }

        if (Items(facts) is not { } items)
        {
            return With(Outcome.EvidenceIncomplete, NoRecord);
        }

        Func<ImmutableArray<LocalizedText>> notes = () => Notes(items);
        if (items.Any(i => !i.Item.Satisfied))
        {
            return Lazy(Outcome.NotMet, () => List(items, static i => !i.Satisfied, "未完成", "not done"), notes);
        }

        if (items.Any(i => string.IsNullOrWhiteSpace(i.Item.Evidence)))
        {
            return Lazy(Outcome.EvidenceIncomplete, () => List(items, static i => string.IsNullOrWhiteSpace(i.Evidence), "已声明,缺少佐证材料", "stated without evidence"), notes);
        }

        return Lazy(Outcome.Met, () => AllDone, notes);
    }

    public override bool Passes(TFacts facts, DateOnly asOf) =>
        !Applies(facts) || (Items(facts) is { } items && items.All(i => i.Item.Satisfied && !string.IsNullOrWhiteSpace(i.Item.Evidence)));

    private static LocalizedText List((LocalizedText Label, EvidenceItem Item)[] items, Func<EvidenceItem, bool> which, string zh, string en)
    {
        LocalizedText[] labels = [.. items.Where(i => which(i.Item)).Select(i => i.Label)];
        return Text.Of($"{zh}:{string.Join("、", labels.Select(l => l.ZhCn))}", $"{char.ToUpperInvariant(en[0])}{en[1..]}: {string.Join(", ", labels.Select(l => l.En))}");
    }

    private static ImmutableArray<LocalizedText> Notes((LocalizedText Label, EvidenceItem Item)[] items)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>(items.Length);
        foreach ((LocalizedText label, EvidenceItem item) in items)
        {
            notes.Add(!item.Satisfied
                ? Text.Of($"✗ {label.ZhCn}:未完成", $"✗ {label.En}: not done")
                : string.IsNullOrWhiteSpace(item.Evidence)
                    ? Text.Of($"? {label.ZhCn}:已声明,缺少佐证材料", $"? {label.En}: stated, no supporting evidence")
                    : Text.Of($"✓ {label.ZhCn}:{item.Evidence}", $"✓ {label.En}: {item.Evidence}"));
        }

        return notes.MoveToImmutable();
    }
}
