using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// The one rule class of the Xiangyuan rule set, configured by a <see cref="DeliverableSpec"/>: runs the deliverable's
/// checks, then its evidence list. Outcome: any mandatory check fails → <see cref="Outcome.NotMet"/>; else any evidence
/// document missing → <see cref="Outcome.EvidenceIncomplete"/>; else any 原则上 check fails → <see cref="Outcome.Warning"/>
/// (with the recorded waiver reason, if any); else <see cref="Outcome.Met"/>.
/// </summary>
internal sealed class DeliverableRule : Rule<RuralETownProject>
{
    private readonly ImmutableArray<DeliverableCheck> checks;
    private readonly ImmutableArray<string> evidence;

    public DeliverableRule(DeliverableSpec spec, ResolvedParameters parameters)
        : base(spec.Descriptor)
    {
        checks = [.. spec.Checks.Select(c => c.Build(parameters))];
        evidence = spec.Evidence;
    }

    public override Finding Evaluate(RuralETownProject facts, DateOnly asOf)
    {
        DeliverableRecord? record = facts.Deliverables.FirstOrDefault(d => d.Id == Descriptor.Id);
        var context = new DeliverableContext(facts, record, asOf);
        CheckLine[] lines = [.. checks.SelectMany(c => c.Evaluate(context))];
        string[] missing = [.. evidence.Where(e => record is null || !record.Evidence.Contains(e, StringComparer.Ordinal))];

        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>();
        if (record is null)
        {
            notes.Add(new LocalizedText("未提交该项交付记录,按未交付处理", "No record was submitted for this deliverable: treated as not delivered"));
        }

        notes.AddRange(lines.Select(l => new LocalizedText((l.Met ? "✓ " : "✗ ") + l.Text.ZhCn, (l.Met ? "✓ " : "✗ ") + l.Text.En)));
        notes.Add(missing.Length == 0
            ? Text.Of($"✓ 佐证资料齐全({evidence.Length} 项)", $"✓ Evidence complete ({evidence.Length} documents)")
            : Text.Of($"✗ 缺少佐证资料({missing.Length}/{evidence.Length}):{string.Join("、", missing)}", $"✗ Evidence missing ({missing.Length} of {evidence.Length}): {string.Join(", ", missing)}"));

        CheckLine[] hard = [.. lines.Where(l => !l.Met && l.Severity != Severity.InPrinciple)];
        CheckLine[] soft = [.. lines.Where(l => !l.Met && l.Severity == Severity.InPrinciple)];
        string subject = Descriptor.Subject.ZhCn;
        string subjectEn = Descriptor.Subject.En;
        if (hard.Length > 0)
        {
            return With(Outcome.NotMet, Join($"{subject}:未满足基本要求:", $"{subjectEn}: requirements not met: ", hard), notes.ToImmutable());
        }

        if (missing.Length > 0)
        {
            return With(
                Outcome.EvidenceIncomplete,
                Text.Of(
                    $"{subject}:基本要求已满足,但佐证资料不全,缺少 {missing.Length} 项:{string.Join("、", missing)}",
                    $"{subjectEn}: requirements met, but {missing.Length} evidence document(s) missing: {string.Join(", ", missing)}"),
                notes.ToImmutable());
        }

        if (soft.Length > 0)
        {
            LocalizedText waiver = record?.WaiverReason is { } reason
                ? Text.Of($"(已记录豁免理由:{reason})", $" (waiver recorded: {reason})")
                : new LocalizedText("(原则上要求,可记录理由后豁免;未记录豁免理由)", " (an in-principle requirement: may be waived with a recorded reason; none recorded)");
            LocalizedText text = Join($"{subject}:原则上要求未满足:", $"{subjectEn}: in-principle requirement not met: ", soft);
            return With(Outcome.Warning, new LocalizedText(text.ZhCn + waiver.ZhCn, text.En + waiver.En), notes.ToImmutable());
        }

        return With(Outcome.Met, Text.Of($"{subject}:基本要求均已满足,佐证资料齐全", $"{subjectEn}: all requirements met, evidence complete"), notes.ToImmutable());
    }

    /// <summary>Passes when met, or met with an in-principle warning; evidence incomplete is not a pass.</summary>
    public override bool Passes(RuralETownProject facts, DateOnly asOf) => Evaluate(facts, asOf).Outcome is Outcome.Met or Outcome.Warning;

    private static LocalizedText Join(string zhPrefix, string enPrefix, CheckLine[] lines) =>
        new(zhPrefix + string.Join(";", lines.Select(l => l.Text.ZhCn)), enPrefix + string.Join("; ", lines.Select(l => l.Text.En)));
}
