namespace LiveCommerce.Rules.Engine;

/// <summary>Composes a finding's message from its data, in both languages.</summary>
internal static class FindingMessages
{
    public static LocalizedText Compose(Finding f)
    {
        if (f.Measured is not { } measured || f.Required is not { } required)
        {
            return f.Explanation ?? Generic(f);
        }

        string zhValue = measured.Format(ReportLanguage.ChineseSimplified);
        string enValue = measured.Format(ReportLanguage.English);
        string zhBound = required.Bound.Format(ReportLanguage.ChineseSimplified);
        string enBound = required.Bound.Format(ReportLanguage.English);
        string zhSubject = f.Rule.Subject.ZhCn;
        string enSubject = f.Rule.Subject.En;
        string enPhrase = required.Comparison.EnglishPhrase();
        string zhRequired = IsPostfix(required.Wording) ? $" {zhBound}{required.Wording}" : $"{required.Wording} {zhBound}";

        // A finding can fail for a reason other than its number (an operator that is not a legal entity): then the
        // number is reported as meeting the bound and the explanation gives the reason.
        bool numberMeets = f.Outcome == Outcome.Met
            || (f.Outcome is Outcome.NotMet or Outcome.Warning && measured.Unit == required.Bound.Unit && required.IsMetBy(measured));
        LocalizedText text = numberMeets switch
        {
            true => Text.Of(
                $"{zhSubject} {zhValue},满足{zhRequired}的要求",
                $"{enSubject} {enValue} meets the required {enPhrase} {enBound}"),
            _ => Text.Of(
                $"{zhSubject} {zhValue},{ZhShortfall(required.Comparison)}要求的{zhRequired}",
                $"{enSubject} {enValue} {EnShortfall(required.Comparison)} the required {enPhrase} {enBound}"),
        };

        if (f.Explanation is { } extra)
        {
            text = new LocalizedText(text.ZhCn + ";" + extra.ZhCn, text.En + "; " + extra.En);
        }

        return f.Outcome == Outcome.Warning
            ? new LocalizedText(text.ZhCn + "(原则上要求,可记录理由后豁免)", text.En + " (an in-principle requirement: may be waived with a recorded reason)")
            : text;
    }

    /// <summary>以上/以下/以内 follow the number ("12 个月以上"); 不少于/超过 precede it.</summary>
    internal static bool IsPostfix(string wording) => wording.StartsWith('以') || wording.EndsWith("以上", StringComparison.Ordinal) || wording.EndsWith("以下", StringComparison.Ordinal);

    private static string ZhShortfall(Comparison c) => c switch
    {
        Comparison.AtLeast => "低于",
        Comparison.MoreThan => "未超过",
        Comparison.AtMost => "超出",
        _ => "不低于",
    };

    private static string EnShortfall(Comparison c) => c switch
    {
        Comparison.AtLeast => "is below",
        Comparison.MoreThan => "does not exceed",
        Comparison.AtMost => "exceeds",
        _ => "is not below",
    };

    private static LocalizedText Generic(Finding f) => f.Outcome switch
    {
        Outcome.Met => Text.Of($"{f.Rule.Subject.ZhCn}:符合要求", $"{f.Rule.Subject.En}: requirement met"),
        Outcome.NotMet => Text.Of($"{f.Rule.Subject.ZhCn}:不符合要求", $"{f.Rule.Subject.En}: requirement not met"),
        Outcome.Warning => Text.Of($"{f.Rule.Subject.ZhCn}:原则上要求未满足", $"{f.Rule.Subject.En}: in-principle requirement not met"),
        Outcome.NotApplicable => Text.Of($"{f.Rule.Subject.ZhCn}:不适用", $"{f.Rule.Subject.En}: not applicable"),
        _ => Text.Of($"{f.Rule.Subject.ZhCn}:未检查", $"{f.Rule.Subject.En}: not checked"),
    };
}
