using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// The one rule class of the Xiangyuan rule set, configured by a <see cref="DeliverableSpec"/>: runs the deliverable's
/// checks, then its evidence list. Outcome: any mandatory check fails → <see cref="Outcome.NotMet"/>; else any evidence
/// document missing → <see cref="Outcome.EvidenceIncomplete"/>; else any 原则上 check fails → <see cref="Outcome.Warning"/>
/// (with the recorded waiver reason, if any); else <see cref="Outcome.Met"/>.
/// </summary>
/// <remarks>The decision reads only the checks' met flags and severities; the checks run again, formatting their lines,
/// only when the finding's explanation or notes are read.</remarks>
internal sealed class DeliverableRule : Rule<RuralETownProject>
{
    private static readonly LocalizedText NoRecord = new("未提交该项交付记录,按未交付处理", "No record was submitted for this deliverable: treated as not delivered");
    private static readonly LocalizedText NoWaiver = new("(原则上要求,可记录理由后豁免;未记录豁免理由)", " (an in-principle requirement: may be waived with a recorded reason; none recorded)");

    private readonly ImmutableArray<DeliverableCheck> checks;
    private readonly ImmutableArray<string> evidence;

    // The rule set is still being constructed when its rules are built: its (then assigned, immutable) options are read
    // when a rule evaluates.
    private readonly RuralETownRuleSet owner;

    public DeliverableRule(DeliverableSpec spec, ResolvedParameters parameters, RuralETownRuleSet owner)
        : base(spec.Descriptor)
    {
        checks = [.. spec.Checks.Select(c => c.Build(spec.Descriptor, parameters))];
        evidence = spec.Evidence;
        this.owner = owner;
    }

    public override Decision Decide(RuralETownProject facts, DateOnly asOf)
    {
        DeliverableRecord? record = RecordOf(facts);
        CheckLines lines = Run(facts, record, asOf, texts: false);
        return new Decision(
            lines.MandatoryFailed ? Outcome.NotMet
            : CountMissing(record) > 0 ? Outcome.EvidenceIncomplete
            : lines.InPrincipleFailed ? Outcome.Warning
            : Outcome.Met);
    }

    protected override LocalizedText? Explain(RuralETownProject facts, DateOnly asOf, in Decision decision)
    {
        string subject = Descriptor.Subject.ZhCn;
        string subjectEn = Descriptor.Subject.En;
        if (decision.Outcome == Outcome.Met)
        {
            return Text.Of($"{subject}:基本要求均已满足,佐证资料齐全", $"{subjectEn}: all requirements met, evidence complete");
        }

        DeliverableRecord? record = RecordOf(facts);
        IReadOnlyList<CheckLine> lines = Run(facts, record, asOf, texts: true).All;
        switch (decision.Outcome)
        {
            case Outcome.NotMet:
                return Join($"{subject}:未满足基本要求:", $"{subjectEn}: requirements not met: ", [.. lines.Where(l => !l.Met && l.Severity != Severity.InPrinciple)]);
            case Outcome.EvidenceIncomplete:
                string[] missing = Missing(record);
                LocalizedText incomplete = Text.Of(
                    $"{subject}:基本要求已满足,但佐证资料不全,缺少 {missing.Length} 项:{string.Join("、", missing)}",
                    $"{subjectEn}: requirements met, but {missing.Length} evidence document(s) missing: {string.Join(", ", missing)}");

                // Missing evidence decides the outcome; a 原则上 shortfall and its waiver reason are still stated.
                return SoftShortfall(lines, record, ";另:原则上要求未满足:", "; also, in-principle requirement not met: ") is { } also
                    ? new LocalizedText(incomplete.ZhCn + also.ZhCn, incomplete.En + also.En)
                    : incomplete;
            default:
                LocalizedText text = SoftShortfall(lines, record, ":原则上要求未满足:", ": in-principle requirement not met: ")!;
                return new LocalizedText(subject + text.ZhCn, subjectEn + text.En);
        }
    }

    protected override ImmutableArray<LocalizedText> Describe(RuralETownProject facts, DateOnly asOf, in Decision decision)
    {
        DeliverableRecord? record = RecordOf(facts);
        IReadOnlyList<CheckLine> lines = Run(facts, record, asOf, texts: true).All;
        string[] missing = Missing(record);
        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>();
        if (record is null)
        {
            notes.Add(NoRecord);
        }

        notes.AddRange(lines.Select(l => new LocalizedText(Mark(l) + l.Text.ZhCn, Mark(l) + l.Text.En)));
        notes.Add(missing.Length == 0
            ? Text.Of($"✓ 佐证资料齐全({evidence.Length} 项)", $"✓ Evidence complete ({evidence.Length} documents)")
            : Text.Of($"✗ 缺少佐证资料({missing.Length}/{evidence.Length}):{string.Join("、", missing)}", $"✗ Evidence missing ({missing.Length} of {evidence.Length}): {string.Join(", ", missing)}"));
        return notes.ToImmutable();
    }

    private DeliverableRecord? RecordOf(RuralETownProject facts)
    {
        foreach (DeliverableRecord d in facts.Deliverables)
        {
            if (d.Id == Descriptor.Id)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Runs the checks in order. For the decision alone, a failed mandatory line decides and the rest are skipped.</summary>
    private CheckLines Run(RuralETownProject facts, DeliverableRecord? record, DateOnly asOf, bool texts)
    {
        var context = new DeliverableContext(facts, record, asOf, owner.Options);
        var lines = new CheckLines(texts);
        foreach (DeliverableCheck c in checks)
        {
            if (lines.MandatoryFailed && !texts)
            {
                break;
            }

            c.Evaluate(context, ref lines);
        }

        return lines;
    }

    private int CountMissing(DeliverableRecord? record)
    {
        if (record is null)
        {
            return evidence.Length;
        }

        int missing = 0;
        foreach (string e in evidence)
        {
            if (!record.Evidence.Contains(e))
            {
                missing++;
            }
        }

        return missing;
    }

    private string[] Missing(DeliverableRecord? record) => record is null ? [.. evidence] : [.. evidence.Where(e => !record.Evidence.Contains(e))];

    /// <summary>The failed 原则上 lines with the recorded waiver reason (or its absence), or <see langword="null"/> when every
    /// 原则上 check is met.</summary>
    private static LocalizedText? SoftShortfall(IReadOnlyList<CheckLine> lines, DeliverableRecord? record, string zhPrefix, string enPrefix)
    {
        CheckLine[] soft = [.. lines.Where(l => !l.Met && l.Severity == Severity.InPrinciple)];
        if (soft.Length == 0)
        {
            return null;
        }

        LocalizedText waiver = record?.WaiverReason is { } reason
            ? Text.Of($"(已记录豁免理由:{reason})", $" (waiver recorded: {reason})")
            : NoWaiver;
        LocalizedText text = Join(zhPrefix, enPrefix, soft);
        return new LocalizedText(text.ZhCn + waiver.ZhCn, text.En + waiver.En);
    }

    /// <summary>✓ met, ✗ not met, ℹ a line that only explains a reading (a part-year, a recorded alternative).</summary>
    private static string Mark(CheckLine line) => line.Severity == Severity.Informational ? "ℹ " : line.Met ? "✓ " : "✗ ";

    private static LocalizedText Join(string zhPrefix, string enPrefix, CheckLine[] lines) =>
        new(zhPrefix + string.Join(";", lines.Select(l => l.Text.ZhCn)), enPrefix + string.Join("; ", lines.Select(l => l.Text.En)));
}
