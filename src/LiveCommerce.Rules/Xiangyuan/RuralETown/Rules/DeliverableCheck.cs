using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>One line of a deliverable's acceptance: met or not, how binding, and its text.</summary>
internal readonly record struct CheckLine(bool Met, Severity Severity, LocalizedText Text);

/// <summary>
/// What the checks of one deliverable found: whether a mandatory or a 原则上 line failed (what the decision reads) and,
/// only when the finding's texts are read, every line with its text. The checks run once for either: a check adds each
/// line with its met flag and formats the line's text only when <see cref="Texts"/> asks for it.
/// </summary>
internal ref struct CheckLines
{
    private readonly List<CheckLine>? lines;

    /// <summary>Lines for the decision alone (<paramref name="texts"/> false: nothing is formatted or kept), or with their texts.</summary>
    public CheckLines(bool texts) => lines = texts ? [] : null;

    /// <summary>Whether the lines' texts are wanted: a check formats a line's text only then.</summary>
    public readonly bool Texts => lines is not null;

    /// <summary>Whether a mandatory line is not met.</summary>
    public bool MandatoryFailed { readonly get; private set; }

    /// <summary>Whether a 原则上 line is not met.</summary>
    public bool InPrincipleFailed { readonly get; private set; }

    /// <summary>The lines in order, with their texts (empty unless <see cref="Texts"/>).</summary>
    public readonly IReadOnlyList<CheckLine> All => lines ?? (IReadOnlyList<CheckLine>)[];

    /// <summary>Adds a line; <paramref name="text"/> is required when <see cref="Texts"/>, and ignored otherwise.</summary>
    public void Add(bool met, Severity severity, LocalizedText? text)
    {
        if (!met)
        {
            if (severity == Severity.InPrinciple)
            {
                InPrincipleFailed = true;
            }
            else
            {
                MandatoryFailed = true;
            }
        }

        lines?.Add(new CheckLine(met, severity, text ?? throw new ArgumentNullException(nameof(text))));
    }
}

/// <summary>The facts one deliverable is checked against: the project, its own record (if submitted), the as-of date and
/// the rule set's reading options.</summary>
internal readonly record struct DeliverableContext(RuralETownProject Project, DeliverableRecord? Record, DateOnly AsOf, RuralETownOptions Options);

/// <summary>One requirement of a deliverable's "基本要求": a quantity, a set of named components, a cadence, a yearly indicator.</summary>
/// <remarks>Pure and thread-safe.</remarks>
internal abstract class DeliverableCheck
{
    /// <summary>Adds the check's lines, in order.</summary>
    public abstract void Evaluate(in DeliverableContext context, ref CheckLines lines);

    protected static LocalizedText Requirement(Threshold threshold) =>
        new(
            FindingMessages.IsPostfix(threshold.Wording)
                ? threshold.Bound.Format(ReportLanguage.ChineseSimplified) + threshold.Wording
                : threshold.Wording + " " + threshold.Bound.Format(ReportLanguage.ChineseSimplified),
            threshold.Comparison.EnglishPhrase() + " " + threshold.Bound.Format(ReportLanguage.English));
}

/// <summary>A number read from the deliverable's record held to a threshold parameter: "不少于5家", "原则上应不小于100㎡".</summary>
internal sealed class MeasureCheck(LocalizedText subject, Threshold threshold, Severity severity, Func<DeliverableRecord?, decimal> measure) : DeliverableCheck
{
    public override void Evaluate(in DeliverableContext context, ref CheckLines lines)
    {
        var value = new Quantity(measure(context.Record), threshold.Bound.Unit);
        bool met = threshold.IsMetBy(value);
        lines.Add(met, severity, lines.Texts ? Describe(value, met) : null);
    }

    private LocalizedText Describe(Quantity value, bool met)
    {
        LocalizedText required = Requirement(threshold);
        string soft = severity == Severity.InPrinciple ? "(原则上)" : string.Empty;
        string softEn = severity == Severity.InPrinciple ? " (in principle)" : string.Empty;
        return new LocalizedText(
            $"{subject.ZhCn} {value.Format(ReportLanguage.ChineseSimplified)},{(met ? "满足" : "未满足")}{soft}要求:{required.ZhCn}",
            $"{subject.En} {value.Format(ReportLanguage.English)} {(met ? "meets" : "does not meet")}{softEn} {required.En}");
    }
}

/// <summary>Named components that must all be present: functional areas, launch segments, platform modules, accounts, venues.</summary>
internal sealed class PresenceCheck(LocalizedText kind, ImmutableArray<string> required, Func<DeliverableContext, string, bool> isPresent) : DeliverableCheck
{
    public override void Evaluate(in DeliverableContext context, ref CheckLines lines)
    {
        bool all = true;
        foreach (string r in required)
        {
            if (!isPresent(context, r))
            {
                all = false;
                break;
            }
        }

        lines.Add(all, Severity.Mandatory, lines.Texts ? Describe(context, all) : null);
    }

    private LocalizedText Describe(DeliverableContext context, bool all)
    {
        if (all)
        {
            string names = string.Join("、", required);
            return new LocalizedText($"{kind.ZhCn}:{names} 均已具备", $"{kind.En}: all of {names} present");
        }

        string[] missing = [.. required.Where(r => !isPresent(context, r))];
        return new LocalizedText($"{kind.ZhCn}:缺少 {string.Join("、", missing)}", $"{kind.En}: missing {string.Join(", ", missing)}");
    }
}

/// <summary>A measure that a recorded speech may replace under <see cref="MediaReportReading.SpeechSuffices"/>; under the
/// default reading the speech is listed but the measure decides.</summary>
internal sealed class OrSpeechCheck(MeasureCheck measure, string speech) : DeliverableCheck
{
    public override void Evaluate(in DeliverableContext context, ref CheckLines lines)
    {
        bool spoke = false;
        if (context.Record is { } record)
        {
            foreach (DeliveredItem i in record.Items)
            {
                spoke |= i.EffectiveCount > 0 && string.Equals(i.Name, speech, StringComparison.Ordinal);
            }
        }

        if (spoke && context.Options.MediaReports == MediaReportReading.SpeechSuffices)
        {
            lines.Add(true, Severity.Mandatory, lines.Texts ? new LocalizedText(
                $"已记录“{speech}”:按“或在全国性会议上工作经验交流发言”满足(MediaReportReading.SpeechSuffices)",
                $"'{speech}' recorded: met by the alternative \"or a speech at a national conference\" (MediaReportReading.SpeechSuffices)") : null);
            return;
        }

        measure.Evaluate(context, ref lines);
        if (spoke)
        {
            lines.Add(true, Severity.Informational, lines.Texts ? new LocalizedText(
                $"已记录“{speech}”;默认口径下不替代媒体报道篇数(可选 MediaReportReading.SpeechSuffices)",
                $"'{speech}' recorded; by default it does not replace the reports (MediaReportReading.SpeechSuffices is the alternative)") : null);
        }
    }
}
