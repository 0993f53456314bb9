using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public partial class MoneyTests
{
    private static readonly Money Max = Money.FromYuan(Money.MaxYuan);
    private static readonly Money Fen = Money.FromFen(1);

    [Fact]
    public void Add_TwoAmounts_IsExact()
    {
        Assert.Equal(Money.FromYuan(30_000_000m), Money.FromYuan(29_999_999.99m) + Fen);
        Assert.Equal(Money.FromYuan(0.3m), Money.FromYuan(0.1m) + Money.FromYuan(0.2m));
    }

    [Fact]
    public void Add_BeyondMaxYuan_ThrowsOverflowException()
    {
        Assert.Equal(Max, (Max - Fen) + Fen);
        Assert.Throws<OverflowException>(() => Max + Fen);
        Assert.Throws<OverflowException>(() => Money.Add(-Max, -Fen));
    }

    [Fact]
    public void Subtract_BeyondMaxYuan_ThrowsOverflowException()
    {
        Assert.Equal(-Max, -Max + Fen - Fen);
        Assert.Throws<OverflowException>(() => -Max - Fen);
        Assert.Throws<OverflowException>(() => Money.Subtract(Max, -Fen));
    }

    [Fact]
    public void Multiply_ByWholeNumber_IsExactAndOverflowChecked()
    {
        Assert.Equal(Money.FromYuan(3.33m), Money.FromYuan(1.11m) * 3);
        Assert.Throws<OverflowException>(() => Max * 2);
        Assert.Throws<OverflowException>(() => Money.FromYuan(1m) * long.MaxValue);
    }

    [Theory]
    [InlineData("1.005", MidpointRounding.ToEven, "1.00")]
    [InlineData("1.005", MidpointRounding.AwayFromZero, "1.01")]
    [InlineData("1.015", MidpointRounding.ToEven, "1.02")]
    [InlineData("1.019", MidpointRounding.ToZero, "1.01")]
    [InlineData("-1.005", MidpointRounding.AwayFromZero, "-1.01")]
    [InlineData("-1.005", MidpointRounding.ToEven, "-1.00")]
    public void MultiplyAndRound_MidpointOfAFen_RoundsAsRequested(string factorTimesOneYuan, MidpointRounding rounding, string expected)
    {
        decimal factor = decimal.Parse(factorTimesOneYuan, System.Globalization.CultureInfo.InvariantCulture);

        Money result = Money.FromYuan(1m).MultiplyAndRound(factor, rounding);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Yuan);
    }

    [Fact]
    public void MultiplyAndRound_ThirtyPercentUplift_IsExact()
    {
        Assert.Equal(Money.FromYuan(1_300_000m), Money.FromWan(100).MultiplyAndRound(1.30m, MidpointRounding.ToEven));
        Assert.Equal(Money.FromYuan(0.13m), Money.FromYuan(0.10m).MultiplyAndRound(1.30m, MidpointRounding.ToEven));
    }

    [Fact]
    public void MultiplyAndRound_BeyondRange_ThrowsOverflowException()
    {
        Assert.Throws<OverflowException>(() => Max.MultiplyAndRound(1.01m, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => Max.MultiplyAndRound(decimal.MaxValue, MidpointRounding.ToEven));
    }

    [Fact]
    public void DivideRoundingDown_NonTerminatingShare_RoundsTowardZero()
    {
        Assert.Equal(Money.FromYuan(3_333_333.33m), Money.FromWan(1000).DivideRoundingDown(3));
        Assert.Equal(Money.FromYuan(0.66m), Money.FromYuan(2m).DivideRoundingDown(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fen.DivideRoundingDown(0));
    }

    [Fact]
    public void Sum_ManyAmounts_IsExactAndOverflowChecked()
    {
        Assert.Equal(Money.FromWan(500), Money.Sum([Money.FromWan(180), Money.FromWan(220), Money.FromWan(100)]));
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Throws<OverflowException>(() => Money.Sum([Max, Fen]));
    }

    [Fact]
    public void MinMax_ReturnTheSmallerAndLarger()
    {
        Assert.Equal(Fen, Money.Max(Money.Zero, Fen));
        Assert.Equal(Money.Zero, Money.Min(Money.Zero, Fen));
    }
}
