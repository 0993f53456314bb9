using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// The comparison a criterion's Chinese wording implies (以上/以下/以内 include the number, 超过/不满 exclude it), so that a
/// host-supplied criterion whose wording and comparison disagree (以上 with <c>moreThan</c>) is refused, not applied.
/// </summary>
internal static class CriterionWording
{
    // Longest first: 不低于 must be read before 低于, 不超过 before 超过, 不满 before 满.
    private static readonly (string Words, Comparison Comparison)[] Table =
    [
        ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast), ("不小于", Comparison.AtLeast), ("及以上", Comparison.AtLeast),
        ("以上", Comparison.AtLeast), ("达到", Comparison.AtLeast), ("至少", Comparison.AtLeast), ("满", Comparison.AtLeast), ("达", Comparison.AtLeast),
        ("不超过", Comparison.AtMost), ("不高于", Comparison.AtMost), ("不多于", Comparison.AtMost), ("不大于", Comparison.AtMost),
        ("及以下", Comparison.AtMost), ("以下", Comparison.AtMost), ("以内", Comparison.AtMost), ("最高", Comparison.AtMost), ("最多", Comparison.AtMost),
        ("超过", Comparison.MoreThan), ("高于", Comparison.MoreThan), ("多于", Comparison.MoreThan), ("大于", Comparison.MoreThan), ("超", Comparison.MoreThan),
        ("不满", Comparison.LessThan), ("不足", Comparison.LessThan), ("未满", Comparison.LessThan), ("低于", Comparison.LessThan),
        ("少于", Comparison.LessThan), ("小于", Comparison.LessThan),
    ];

    /// <summary>The wordings the check knows, for messages.</summary>
    public static string Known { get; } = string.Join("、", Table.Select(t => t.Words));

    /// <summary>
    /// The comparisons <paramref name="wording"/> implies: each known word is read once, longest first, and the words it
    /// contains are not read again (不低于 is not also 低于).
    /// </summary>
    public static IReadOnlyCollection<Comparison> Implied(string wording)
    {
        var implied = new HashSet<Comparison>();
        char[] rest = wording.ToCharArray();
        foreach ((string words, Comparison comparison) in Table.OrderByDescending(t => t.Words.Length))
        {
            for (int at = new string(rest).IndexOf(words, StringComparison.Ordinal); at >= 0; at = new string(rest).IndexOf(words, StringComparison.Ordinal))
            {
                implied.Add(comparison);
                for (int k = at; k < at + words.Length; k++)
                {
                    rest[k] = '\0';
                }
            }
        }

        return implied;
    }
}
