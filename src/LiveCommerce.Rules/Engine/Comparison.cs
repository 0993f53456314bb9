namespace LiveCommerce.Rules.Engine;

/// <summary>
/// The comparison a clause's wording implies (Civil Code of the PRC, art. 1259): 以上/以下/以内 include the number,
/// 不满/超过/以外 exclude it.
/// </summary>
public enum Comparison
{
    /// <summary>≥: 不低于, 不少于, X以上, 达, 不小于.</summary>
    AtLeast,

    /// <summary>&gt;: 超过, 超.</summary>
    MoreThan,

    /// <summary>≤: 不超过, 不高于, 最高, X以下.</summary>
    AtMost,

    /// <summary>&lt;: 不满.</summary>
    LessThan,
}

/// <summary>Helpers for <see cref="Comparison"/>.</summary>
public static class ComparisonExtensions
{
    // What each comparison is, once: its symbol and English phrase, indexed by the enum's value.
    private static readonly (string Symbol, string Phrase)[] Words = [("≥", "at least"), (">", "more than"), ("≤", "at most"), ("<", "less than")];

    /// <summary>The mathematical symbol: ≥, &gt;, ≤ or &lt;.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined comparison.</exception>
    public static string Symbol(this Comparison comparison) => WordsOf(comparison).Symbol;

    /// <summary>Whether the comparison sets a floor (≥ or &gt;) rather than a ceiling.</summary>
    public static bool IsLowerBound(this Comparison comparison) => comparison is Comparison.AtLeast or Comparison.MoreThan;

    /// <summary>Whether the bound itself is excluded (&gt; or &lt;).</summary>
    public static bool IsStrict(this Comparison comparison) => comparison is Comparison.MoreThan or Comparison.LessThan;

    /// <summary>Whether a value that compares to the bound as <paramref name="sign"/> (negative, zero, positive) passes.</summary>
    public static bool Accepts(this Comparison comparison, int sign) => comparison switch
    {
        Comparison.AtLeast => sign >= 0,
        Comparison.MoreThan => sign > 0,
        Comparison.AtMost => sign <= 0,
        Comparison.LessThan => sign < 0,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    };

    /// <summary>The English phrase used in messages: "at least", "more than", "at most", "less than".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined comparison.</exception>
    public static string EnglishPhrase(this Comparison comparison) => WordsOf(comparison).Phrase;

    private static (string Symbol, string Phrase) WordsOf(Comparison comparison) =>
        (uint)comparison < (uint)Words.Length ? Words[(int)comparison] : throw new ArgumentOutOfRangeException(nameof(comparison));
}
