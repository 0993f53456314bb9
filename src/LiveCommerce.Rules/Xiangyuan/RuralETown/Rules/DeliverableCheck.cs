using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>What one check of a deliverable found: met or not, how binding, and a line for the acceptance sheet.</summary>
/// <remarks>The line's text is formatted on first read: deciding needs only <see cref="Met"/> and <see cref="Severity"/>.
/// The formatting delegate must be pure (racing readers may both run it and publish equal texts).</remarks>
internal sealed class CheckLine(bool met, Severity severity, Func<LocalizedText> describe)
{
    private LocalizedText? text;

    public bool Met { get; } = met;

    public Severity Severity { get; } = severity;

    public LocalizedText Text => text ??= describe();
}

/// <summary>The facts one deliverable is checked against: the project, its own record (if submitted), the as-of date and
/// the rule set's reading options.</summary>
internal sealed record DeliverableContext(RuralETownProject Project, DeliverableRecord? Record, DateOnly AsOf, RuralETownOptions Options);

/// <summary>One requirement of a deliverable's "基本要求": a quantity, a set of named components, a cadence, a yearly indicator.</summary>
/// <remarks>Pure and thread-safe.</remarks>
internal abstract class DeliverableCheck
{
    /// <summary>Appends the check's lines, in order.</summary>
    public abstract void Evaluate(DeliverableContext context, List<CheckLine> lines);

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
    public override void Evaluate(DeliverableContext context, List<CheckLine> lines)
    {
        var value = new Quantity(measure(context.Record), threshold.Bound.Unit);
        bool met = threshold.IsMetBy(value);
        lines.Add(new CheckLine(met, severity, () => Describe(value, met)));
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
internal sealed class PresenceCheck(LocalizedText kind, IReadOnlyList<string> required, Func<DeliverableContext, IEnumerable<string>> present) : DeliverableCheck
{
    public override void Evaluate(DeliverableContext context, List<CheckLine> lines)
    {
        List<string>? missing = null;
        foreach (string r in required)
        {
            if (!Present(context, r))
            {
                (missing ??= []).Add(r);
            }
        }

        lines.Add(missing is null
            ? new CheckLine(true, Severity.Mandatory, () =>
            {
                string all = string.Join("、", required);
                return new LocalizedText($"{kind.ZhCn}:{all} 均已具备", $"{kind.En}: all of {all} present");
            })
            : new CheckLine(false, Severity.Mandatory, () => new LocalizedText($"{kind.ZhCn}:缺少 {string.Join("、", missing)}", $"{kind.En}: missing {string.Join(", ", missing)}")));
    }

    // A scan rather than a set: the required lists are a handful of names and the present ones are usually found early.
    private bool Present(DeliverableContext context, string name)
    {
        foreach (string p in present(context))
        {
            if (string.Equals(p, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A measure that a recorded speech may replace under <see cref="MediaReportReading.SpeechSuffices"/>; under the
/// default reading the speech is listed but the measure decides.</summary>
internal sealed class OrSpeechCheck(MeasureCheck measure, string speech) : DeliverableCheck
{
    public override void Evaluate(DeliverableContext context, List<CheckLine> lines)
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
            lines.Add(new CheckLine(true, Severity.Mandatory, () => new LocalizedText(
                $"已记录“{speech}”:按“或在全国性会议上工作经验交流发言”满足(MediaReportReading.SpeechSuffices)",
                $"'{speech}' recorded: met by the alternative \"or a speech at a national conference\" (MediaReportReading.SpeechSuffices)")));
            return;
        }

        measure.Evaluate(context, lines);
        if (spoke)
        {
            lines.Add(new CheckLine(true, Severity.Informational, () => new LocalizedText(
                $"已记录“{speech}”;默认口径下不替代媒体报道篇数(可选 MediaReportReading.SpeechSuffices)",
                $"'{speech}' recorded; by default it does not replace the reports (MediaReportReading.SpeechSuffices is the alternative)")));
        }
    }
}
