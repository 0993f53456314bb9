using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// The one rule class of the Xiangyuan rule set, configured by a <see cref="DeliverableSpec"/>: runs the deliverable's
/// checks, then its evidence list. Outcome: any mandatory check fails → <see cref="Outcome.NotMet"/>; else any evidence
/// document missing → <see cref="Outcome.EvidenceIncomplete"/>; else any 原则上 check fails → <see cref="Outcome.Warning"/>
/// (with the recorded waiver reason, if any); else <see cref="Outcome.Met"/>.
/// </summary>
/// <remarks>The outcome is decided from the checks' met/severity flags; the lines' texts, the explanation and the notes
/// are formatted only when read.</remarks>
internal sealed class DeliverableRule : LegacyRule<RuralETownProject>
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

    public override Finding Evaluate(RuralETownProject facts, DateOnly asOf)
    {
        DeliverableRecord? record = RecordOf(facts);
        List<CheckLine> lines = Lines(facts, record, asOf);
        string[] missing = MissingEvidence(record);
        Outcome outcome = Decide(lines, missing.Length);
        return Lazy(outcome, () => Explain(outcome, lines, missing, record), () => Notes(record, lines, missing));
    }

    /// <summary>Passes when met, or met with an in-principle warning; evidence incomplete is not a pass.</summary>
    public override bool Passes(RuralETownProject facts, DateOnly asOf)
    {
        DeliverableRecord? record = RecordOf(facts);
        return Decide(Lines(facts, record, asOf), MissingEvidence(record).Length) is Outcome.Met or Outcome.Warning;
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

    private List<CheckLine> Lines(RuralETownProject facts, DeliverableRecord? record, DateOnly asOf)
    {
        var context = new DeliverableContext(facts, record, asOf, owner.Options);
        var lines = new List<CheckLine>(checks.Length);
        foreach (DeliverableCheck c in checks)
        {
            c.Evaluate(context, lines);
        }

        return lines;
    }

    private string[] MissingEvidence(DeliverableRecord? record)
    {
        if (record is null)
        {
            return [.. evidence];
        }

        List<string>? missing = null;
        foreach (string e in evidence)
        {
            if (!record.Evidence.Contains(e))
            {
                (missing ??= []).Add(e);
            }
        }

        return missing is null ? [] : [.. missing];
    }

    private static Outcome Decide(List<CheckLine> lines, int missingEvidence)
    {
        bool soft = false;
        foreach (CheckLine l in lines)
        {
            if (!l.Met)
            {
                if (l.Severity != Severity.InPrinciple)
                {
                    return Outcome.NotMet;
                }

                soft = true;
            }
        }

        return missingEvidence > 0 ? Outcome.EvidenceIncomplete : soft ? Outcome.Warning : Outcome.Met;
    }

    private LocalizedText Explain(Outcome outcome, List<CheckLine> lines, string[] missing, DeliverableRecord? record)
    {
        string subject = Descriptor.Subject.ZhCn;
        string subjectEn = Descriptor.Subject.En;
        switch (outcome)
        {
            case Outcome.NotMet:
                return Join($"{subject}:未满足基本要求:", $"{subjectEn}: requirements not met: ", [.. lines.Where(l => !l.Met && l.Severity != Severity.InPrinciple)]);
            case Outcome.EvidenceIncomplete:
                LocalizedText incomplete = Text.Of(
                    $"{subject}:基本要求已满足,但佐证资料不全,缺少 {missing.Length} 项:{string.Join("、", missing)}",
                    $"{subjectEn}: requirements met, but {missing.Length} evidence document(s) missing: {string.Join(", ", missing)}");

                // Missing evidence decides the outcome; a 原则上 shortfall and its waiver reason are still stated.
                return SoftShortfall(lines, record, ";另:原则上要求未满足:", "; also, in-principle requirement not met: ") is { } also
                    ? new LocalizedText(incomplete.ZhCn + also.ZhCn, incomplete.En + also.En)
                    : incomplete;
            case Outcome.Warning:
                LocalizedText text = SoftShortfall(lines, record, ":原则上要求未满足:", ": in-principle requirement not met: ")!;
                return new LocalizedText(subject + text.ZhCn, subjectEn + text.En);
            default:
                return Text.Of($"{subject}:基本要求均已满足,佐证资料齐全", $"{subjectEn}: all requirements met, evidence complete");
        }
    }

    /// <summary>The failed 原则上 lines with the recorded waiver reason (or its absence), or <see langword="null"/> when every
    /// 原则上 check is met.</summary>
    private static LocalizedText? SoftShortfall(List<CheckLine> lines, DeliverableRecord? record, string zhPrefix, string enPrefix)
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

    private ImmutableArray<LocalizedText> Notes(DeliverableRecord? record, List<CheckLine> lines, string[] missing)
    {
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

    /// <summary>✓ met, ✗ not met, ℹ a line that only explains a reading (a part-year, a recorded alternative).</summary>
    private static string Mark(CheckLine line) => line.Severity == Severity.Informational ? "ℹ " : line.Met ? "✓ " : "✗ ";

    private static LocalizedText Join(string zhPrefix, string enPrefix, CheckLine[] lines) =>
        new(zhPrefix + string.Join(";", lines.Select(l => l.Text.ZhCn)), enPrefix + string.Join("; ", lines.Select(l => l.Text.En)));
}
