namespace LiveCommerce.Rules.Engine;

/// <summary>The languages every message, title and notice is written in.</summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese (zh-CN): the language of the source documents; the default.</summary>
    ChineseSimplified = 0,

    /// <summary>English (en).</summary>
    English = 1,
}

/// <summary>A text in Simplified Chinese and English.</summary>
/// <param name="ZhCn">The zh-CN text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string ZhCn, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string Get(ReportLanguage language) => language == ReportLanguage.English ? En : ZhCn;

    /// <summary>Parses <c>zh-CN</c>, <c>zh</c>, <c>en</c> (any case) into a language.</summary>
    public static bool TryParseLanguage(string? text, out ReportLanguage language)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ZH-CN" or "ZH" or "ZH-HANS":
                language = ReportLanguage.ChineseSimplified;
                return true;
            case "EN" or "EN-US" or "EN-GB":
                language = ReportLanguage.English;
                return true;
            default:
                language = default;
                return false;
        }
    }

    /// <summary>Returns the zh-CN text.</summary>
    public override string ToString() => ZhCn;
}
