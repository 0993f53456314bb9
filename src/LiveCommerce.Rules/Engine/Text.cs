using System.Globalization;
using System.Runtime.CompilerServices;

namespace LiveCommerce.Rules.Engine;

/// <summary>Builds <see cref="LocalizedText"/> from interpolated strings formatted with the invariant culture, so a
/// message never depends on the machine's culture.</summary>
internal static class Text
{
    /// <summary>Formats both texts with the invariant culture.</summary>
    /// <remarks>Takes <see cref="InvariantString"/> handlers rather than <see cref="FormattableString"/>: the values are
    /// appended straight into a pooled buffer, with no boxing and no argument array.</remarks>
    public static LocalizedText Of(ref InvariantString zhCn, ref InvariantString en) =>
        new(zhCn.ToStringAndClear(), en.ToStringAndClear());
}

/// <summary>An interpolated string formatted with <see cref="CultureInfo.InvariantCulture"/> (what
/// <see cref="FormattableString.Invariant"/> gives, without allocating a <see cref="FormattableString"/>).</summary>
[InterpolatedStringHandler]
internal ref struct InvariantString
{
    private DefaultInterpolatedStringHandler inner;

    public InvariantString(int literalLength, int formattedCount) =>
        inner = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => inner.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => inner.AppendFormatted(value, alignment, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => inner.AppendFormatted(value);

    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    public string ToStringAndClear() => inner.ToStringAndClear();
}
