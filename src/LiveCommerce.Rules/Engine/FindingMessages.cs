using System.Runtime.CompilerServices;

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

        // Plain concatenation of strings (no format provider is involved, so the text is culture-invariant) and
        // Format below instead of Quantity.Format: the same text as the interpolated version, without its boxing,
        // parsing of custom number formats or copies of NumberFormatInfo.
        string zhValue = Format(measured, zh: true);
        string enValue = Format(measured, zh: false);
        BoundText bound = BoundTextOf(required);
        string enBound = bound.En;
        string zhSubject = f.Rule.Subject.ZhCn;
        string enSubject = f.Rule.Subject.En;
        string enPhrase = required.Comparison.EnglishPhrase();
        string zhRequired = bound.ZhRequired;

        // A finding can fail for a reason other than its number (an operator that is not a legal entity): then the
        // number is reported as meeting the bound and the explanation gives the reason.
        bool numberMeets = f.Outcome == Outcome.Met
            || (f.Outcome is Outcome.NotMet or Outcome.Warning && measured.Unit == required.Bound.Unit && required.IsMetBy(measured));
        LocalizedText? extra = f.Explanation;
        bool warning = f.Outcome == Outcome.Warning;
        string zh = numberMeets
            ? string.Concat([zhSubject, " ", zhValue, ",满足", zhRequired, "的要求", extra is null ? string.Empty : ";", extra?.ZhCn, warning ? ZhInPrinciple : null])
            : string.Concat([zhSubject, " ", zhValue, ",", ZhShortfall(required.Comparison), "要求的", zhRequired, extra is null ? string.Empty : ";", extra?.ZhCn, warning ? ZhInPrinciple : null]);
        string en = numberMeets
            ? string.Concat([enSubject, " ", enValue, " meets the required ", enPhrase, " ", enBound, extra is null ? string.Empty : "; ", extra?.En, warning ? EnInPrinciple : null])
            : string.Concat([enSubject, " ", enValue, " ", EnShortfall(required.Comparison), " the required ", enPhrase, " ", enBound, extra is null ? string.Empty : "; ", extra?.En, warning ? EnInPrinciple : null]);
        return new LocalizedText(zh, en);
    }

    /// <summary>The texts of each threshold's bound: a rule's threshold is one immutable instance, so they are formatted once.</summary>
    private static readonly ConditionalWeakTable<Threshold, BoundText> BoundTexts = [];

    private static BoundText BoundTextOf(Threshold required) =>
        BoundTexts.TryGetValue(required, out BoundText? text) ? text : BoundTexts.GetValue(required, static r => new BoundText(r));

    private const string ZhInPrinciple = "(原则上要求,可记录理由后豁免)";

    private const string EnInPrinciple = " (an in-principle requirement: may be waived with a recorded reason)";

    /// <summary><see cref="Quantity.Format"/> of <paramref name="quantity"/>: formatted here when it is a non-negative
    /// value of a realistic size, by <see cref="Quantity.Format"/> otherwise.</summary>
    internal static string Format(Quantity quantity, bool zh) =>
        TryFormat(quantity, zh) ?? quantity.Format(zh ? ReportLanguage.ChineseSimplified : ReportLanguage.English);

    /// <summary>
    /// The text of <see cref="Quantity.Format"/> for values from 0 up to 10¹³, or <see langword="null"/>: <c>#,0.##</c>
    /// (rounded half away from zero, as custom formats round) or <c>#,0</c> with the unit's suffix, and money as
    /// <c>¥#,0.00</c> after rounding half to even (as <c>Money.FromYuan(decimal.Round(value, 2))</c>), grouped with
    /// commas in both languages.
    /// </summary>
    internal static string? TryFormat(Quantity quantity, bool zh)
    {
        decimal value = quantity.Value;
        if (value < 0m || value >= 10_000_000_000_000m)
        {
            return null;
        }

        (string suffix, int decimals) = quantity.Unit switch
        {
            Unit.Yuan => (string.Empty, 2),
            Unit.SquareMetres => (" m²", 2),
            Unit.Hours => (zh ? " 小时" : " hours", 2),
            Unit.Percent => ("%", 2),
            Unit.Months => (zh ? " 个月" : " months", 0),
            Unit.Days => (zh ? " 天" : " days", 0),
            Unit.Years => (zh ? " 年" : " years", 0),
            Unit.Points => (zh ? " 分" : " points", 2),
            _ => (string.Empty, 2),
        };
        bool money = quantity.Unit == Unit.Yuan;
        decimal rounded = money ? decimal.Round(value, 2) : decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        ulong hundredths = (ulong)(rounded * 100m);
        ulong whole = hundredths / 100;
        int fraction = (int)(hundredths % 100);

        Span<char> text = stackalloc char[64];
        int n = 0;
        if (money)
        {
            text[n++] = '¥';
        }

        // The whole part with a comma between groups of three digits.
        Span<char> digits = stackalloc char[20];
        int count = 0;
        do
        {
            digits[count++] = (char)('0' + (int)(whole % 10));
            whole /= 10;
        }
        while (whole > 0);

        for (int i = count - 1; i >= 0; i--)
        {
            text[n++] = digits[i];
            if (i > 0 && i % 3 == 0)
            {
                text[n++] = ',';
            }
        }

        if (money || (decimals > 0 && fraction != 0))
        {
            text[n++] = '.';
            text[n++] = (char)('0' + (fraction / 10));
            if (money || fraction % 10 != 0)
            {
                text[n++] = (char)('0' + (fraction % 10));
            }
        }

        suffix.CopyTo(text[n..]);
        n += suffix.Length;
        return new string(text[..n]);
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
        Outcome.Met => new(f.Rule.Subject.ZhCn + ":符合要求", f.Rule.Subject.En + ": requirement met"),
        Outcome.NotMet => new(f.Rule.Subject.ZhCn + ":不符合要求", f.Rule.Subject.En + ": requirement not met"),
        Outcome.Warning => new(f.Rule.Subject.ZhCn + ":原则上要求未满足", f.Rule.Subject.En + ": in-principle requirement not met"),
        Outcome.NotApplicable => new(f.Rule.Subject.ZhCn + ":不适用", f.Rule.Subject.En + ": not applicable"),
        _ => new(f.Rule.Subject.ZhCn + ":未检查", f.Rule.Subject.En + ": not checked"),
    };

    /// <summary>A threshold's bound in English, and the zh-CN requirement with its wording ("不少于 2,000 m²", " 12 个月以上").</summary>
    private sealed class BoundText
    {
        public BoundText(Threshold required)
        {
            string zhBound = Format(required.Bound, zh: true);
            En = Format(required.Bound, zh: false);
            ZhRequired = IsPostfix(required.Wording) ? string.Concat(" ", zhBound, required.Wording) : string.Concat(required.Wording, " ", zhBound);
        }

        public string En { get; }

        public string ZhRequired { get; }
    }
}
