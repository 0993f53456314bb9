using System.Globalization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public partial class MoneyTests
{
    [Theory]
    [InlineData("zh-CN", "¥1,234.50")]
    [InlineData("en", "¥1,234.50")]
    [InlineData("en-US", "¥1,234.50")]
    [InlineData("de-DE", "1.234,50\u00a0¥")]
    public void ToString_Culture_UsesCultureGroupingAndYuanSymbol(string culture, string expected)
    {
        Money money = Money.FromYuan(1234.5m);

        Assert.Equal(expected, Spaces(money.ToString(null, CultureInfo.GetCultureInfo(culture))));
    }

    /// <summary>ICU versions differ in the space before a trailing symbol (U+0020, U+00A0 or U+202F): compare it as one.</summary>
    private static string Spaces(string text) => text.Replace('\u202f', '\u00a0').Replace(' ', '\u00a0');

    [Fact]
    public void ToString_NoCulture_IsInvariantWithYuanSymbol()
    {
        Assert.Equal("¥30,000,000.00", Money.FromWan(3000).ToString());
    }

    [Theory]
    [InlineData("zh-CN", "29,999,999.99")]
    [InlineData("de-DE", "29.999.999,99")]
    public void ToString_FormatN_OmitsSymbol(string culture, string expected)
    {
        Assert.Equal(expected, Money.FromYuan(29_999_999.99m).ToString("N", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void ToString_CurrentCulture_IsUsedWhenNoProviderIsGiven()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("5.000.000,00\u00a0¥", Spaces(Money.FromWan(500).ToString(null, null)));
            Assert.Equal("¥5,000,000.00", Money.FromWan(500).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ToString_Negative_KeepsSignAndSymbol()
    {
        string text = Money.FromYuan(-0.01m).ToString(null, CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Contains("-", text, StringComparison.Ordinal);
        Assert.Contains("¥", text, StringComparison.Ordinal);
        Assert.Contains("0.01", text, StringComparison.Ordinal);
    }
}
