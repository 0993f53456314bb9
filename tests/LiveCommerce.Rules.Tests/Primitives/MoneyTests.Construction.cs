using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public partial class MoneyTests
{
    [Theory]
    [InlineData("0.01")]
    [InlineData("0.10")]
    [InlineData("1234.5")]
    [InlineData("-0.01")]
    [InlineData("30000000.00")]
    [InlineData("1.230000")]
    public void FromYuan_WholeFen_Accepted(string text)
    {
        decimal yuan = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Money money = Money.FromYuan(yuan);

        Assert.Equal(yuan, money.Yuan);
        Assert.Equal(2, money.Yuan.Scale);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("29999999.999")]
    [InlineData("-0.005")]
    [InlineData("0.0000000000000000000000000001")]
    public void FromYuan_FractionOfAFen_ThrowsArgumentException(string text)
    {
        decimal yuan = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => Money.FromYuan(yuan));

        Assert.IsNotType<ArgumentOutOfRangeException>(ex);
        Assert.Equal("yuan", ex.ParamName);
        Assert.NotNull(Money.Check(yuan));
    }

    [Fact]
    public void FromYuan_MaxYuan_Accepted()
    {
        Assert.Equal(Money.MaxYuan, Money.FromYuan(Money.MaxYuan).Yuan);
        Assert.Equal(-Money.MaxYuan, Money.FromYuan(-Money.MaxYuan).Yuan);
        Assert.Null(Money.Check(Money.MaxYuan));
    }

    [Fact]
    public void FromYuan_OneFenBeyondMaxYuan_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(Money.MaxYuan + 0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(-Money.MaxYuan - 0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(decimal.MaxValue));
    }

    [Fact]
    public void FromWan_FiveHundred_IsFiveMillionYuanExactly()
    {
        Assert.Equal(5_000_000.00m, Money.FromWan(500).Yuan);
        Assert.Equal(30_000_000.00m, Money.FromWan(3000).Yuan);
        Assert.Equal(12_345.67m, Money.FromWan(1.234567m).Yuan);
    }

    [Fact]
    public void FromYi_Fractions_AreExact()
    {
        Assert.Equal(1_000_000_000.00m, Money.FromYi(10).Yuan);
        Assert.Equal(200_000_000.00m, Money.FromYi(2).Yuan);
        Assert.Equal(150_000_000.00m, Money.FromYi(1.5m).Yuan);
        Assert.Equal(0.01m, Money.FromYi(0.0000000001m).Yuan);
    }

    [Fact]
    public void FromWan_FractionOfAFenAfterScaling_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m));
        Assert.Throws<ArgumentException>(() => Money.FromYi(0.00000000001m));
    }

    [Fact]
    public void FromWanAndFromYi_BeyondMaxYuan_ThrowArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromWan(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYi(10_000_000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromWan(100_000_000_000m));
    }

    [Fact]
    public void FromFen_RoundTripsThroughFen()
    {
        Assert.Equal(0.01m, Money.FromFen(1).Yuan);
        Assert.Equal(3_000_000_000L, Money.FromWan(3000).Fen);
        Assert.Equal(-1L, Money.FromFen(-1).Fen);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromFen(long.MaxValue));
    }

    [Fact]
    public void Zero_IsDefaultAndHasTwoDecimals()
    {
        Assert.Equal(default, Money.Zero);
        Assert.Equal("0.00", Money.Zero.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
