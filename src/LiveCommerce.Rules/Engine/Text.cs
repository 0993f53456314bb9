namespace LiveCommerce.Rules.Engine;

/// <summary>Builds <see cref="LocalizedText"/> from interpolated strings formatted with the invariant culture, so a
/// message never depends on the machine's culture.</summary>
internal static class Text
{
    public static LocalizedText Of(FormattableString zhCn, FormattableString en) =>
        new(FormattableString.Invariant(zhCn), FormattableString.Invariant(en));
}
