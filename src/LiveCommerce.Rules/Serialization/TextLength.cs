namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The length of a text in characters as JSON Schema's <c>maxLength</c> counts them: Unicode code points, so an emoji
/// (a UTF-16 surrogate pair) is one character, as a reader of the text sees it.
/// </summary>
internal static class TextLength
{
    /// <summary>The code points of valid UTF-16 text.</summary>
    public static int OfUtf16(ReadOnlySpan<char> text)
    {
        int length = text.Length;
        foreach (char c in text)
        {
            length -= char.IsLowSurrogate(c) ? 1 : 0;
        }

        return length;
    }

    /// <summary>The code points of valid UTF-8 text: its bytes that start a character.</summary>
    public static int OfUtf8(ReadOnlySpan<byte> text)
    {
        int length = 0;
        foreach (byte b in text)
        {
            length += (b & 0xC0) != 0x80 ? 1 : 0;
        }

        return length;
    }
}
