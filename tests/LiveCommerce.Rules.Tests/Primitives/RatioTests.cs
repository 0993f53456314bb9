using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class RatioTests
{
    private static readonly Percentage Thirty = Percentage.FromPercent(30m);

    [Theory]
    [InlineData(30, 100, 0)]
    [InlineData(29, 100, -1)]
    [InlineData(31, 100, 1)]
    [InlineData(3, 10, 0)]
    [InlineData(299_999, 1_000_000, -1)]
    [InlineData(300_001, 1_000_000, 1)]
    public void CompareTo_ThirtyPercent_IsExact(long part, long whole, int expectedSign)
    {
        Assert.Equal(expectedSign, Math.Sign(Ratio.Of(part, whole).CompareTo(Thirty)));
    }

    [Theory]
    [InlineData(30, 100, true)]
    [InlineData(29, 100, false)]
    [InlineData(3, 10, true)]
    [InlineData(2, 10, false)]
    public void ThresholdIsMetBy_ShareAgainstThirtyPercent_NoRounding(long part, long whole, bool expected)
    {
        Threshold atLeast30 = Threshold.AtLeast(30m, Unit.Percent, "以上");

        Assert.Equal(expected, atLeast30.IsMetBy(Ratio.Of(part, whole)));
    }

    [Fact]
    public void CompareTo_TwoThirdsAgainstRoundedPercent_DoesNotRound()
    {
        Ratio twoThirds = Ratio.Of(2, 3);

        Assert.Equal(66.67m, twoThirds.ApproximatePercent);
        Assert.True(twoThirds.CompareTo(Percentage.FromPercent(66.67m)) < 0);
        Assert.True(twoThirds.CompareTo(Percentage.FromPercent(66.66m)) > 0);
        Assert.False(Threshold.AtLeast(66.67m, Unit.Percent, "以上").IsMetBy(twoThirds));
    }

    [Fact]
    public void Of_InvalidParts_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(11, 10));
        Assert.Equal(0, Ratio.Of(0, 10).Part);
        Assert.Equal(10, Ratio.Of(10, 10).Part);
    }

    [Fact]
    public void Equals_EqualValueDifferentTerms_StructurallyDifferentButCompareEqual()
    {
        Ratio a = Ratio.Of(3, 10);
        Ratio b = Ratio.Of(30, 100);

        Assert.NotEqual(a, b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a <= b && a >= b);
        Assert.Equal(Ratio.Of(3, 10), a);
    }

    [Fact]
    public void CompareTo_HugeTerms_DoesNotOverflow()
    {
        Ratio all = Ratio.Of(long.MaxValue, long.MaxValue);
        Ratio tiny = Ratio.Of(1, long.MaxValue);
        Ratio almostAll = Ratio.Of(long.MaxValue - 1, long.MaxValue);

        Assert.True(all.CompareTo(tiny) > 0);
        Assert.True(tiny < all);
        Assert.True(almostAll < all);
        Assert.Equal(0, all.CompareTo(Ratio.Of(1, 1)));
    }

    [Fact]
    public void ToString_ShowsTermsAndApproximatePercent()
    {
        Assert.Equal("29/100 (29%)", Ratio.Of(29, 100).ToString());
        Assert.Equal("1/3 (33.33%)", Ratio.Of(1, 3).ToString());
    }
}
