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

    /// <summary>The integer arithmetic gives the value and the scale (so the report's JSON) of the decimal division it
    /// replaced: every part of every whole up to 400.</summary>
    [Fact]
    public void ApproximatePercent_SmallTerms_IsTheRoundedDecimalQuotientToTheScale()
    {
        for (long whole = 1; whole <= 400; whole++)
        {
            for (long part = 0; part <= whole; part++)
            {
                AssertIsTheRoundedQuotient(part, whole);
            }
        }
    }

    /// <summary>The same over terms of every size, both sides of where the part times 10,000 leaves a long, and at the largest terms.</summary>
    [Fact]
    public void ApproximatePercent_TermsOfEverySize_IsTheRoundedDecimalQuotientToTheScale()
    {
        const long lastInLong = long.MaxValue / 10_000;
        foreach ((long part, long whole) in new (long, long)[]
        {
            (lastInLong, lastInLong), (lastInLong + 1, lastInLong + 1), (lastInLong, lastInLong + 1), (lastInLong + 1, lastInLong * 3),
            (lastInLong - 1, long.MaxValue), (lastInLong + 1, long.MaxValue), (long.MaxValue, long.MaxValue), (long.MaxValue - 1, long.MaxValue),
            (1, long.MaxValue), (long.MaxValue / 2, long.MaxValue), (long.MaxValue / 2 + 1, long.MaxValue), (0, long.MaxValue),
        })
        {
            AssertIsTheRoundedQuotient(part, whole);
        }

        var random = new Random(20231231);
        for (int i = 0; i < 200_000; i++)
        {
            int bits = random.Next(1, 64);
            long whole = Math.Max(1, random.NextInt64(bits == 63 ? long.MaxValue : 1L << bits));
            AssertIsTheRoundedQuotient(random.NextInt64(whole + (whole == long.MaxValue ? 0 : 1)), whole);
        }
    }

    /// <summary>A whole percent compares in integers, exactly as the decimal cross-multiplication does: terms of every
    /// size against whole percents from -1,000,000% to 1,000,000%, and the same percents written with a scale.</summary>
    [Fact]
    public void CompareTo_WholePercent_IsTheDecimalCrossMultiplication()
    {
        var random = new Random(20230630);
        decimal[] percents = [0m, 1m, 20m, 30m, 50m, 99m, 100m, 101m, -1m, -100m, Percentage.MaxPercent, -Percentage.MaxPercent];
        for (int i = 0; i < 100_000; i++)
        {
            int bits = random.Next(1, 64);
            long whole = Math.Max(1, random.NextInt64(bits == 63 ? long.MaxValue : 1L << bits));
            long part = random.Next(4) == 0 ? (long)((Int128)whole * random.Next(0, 101) / 100) : random.NextInt64(whole + (whole == long.MaxValue ? 0 : 1));
            decimal percent = i < percents.Length * 50 ? percents[i % percents.Length] : random.Next(-1_000_000, 1_000_001);
            int expected = Math.Sign((part * 100m).CompareTo(percent * whole));
            Assert.Equal(expected, Math.Sign(Ratio.Of(part, whole).CompareTo(Percentage.FromPercent(percent))));
            Assert.Equal(expected, Math.Sign(Ratio.Of(part, whole).CompareTo(Percentage.FromPercent(decimal.Round(percent, 0) + 0.00m))));
        }
    }

    private static void AssertIsTheRoundedQuotient(long part, long whole)
    {
        decimal expected = decimal.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);
        decimal actual = Ratio.Of(part, whole).ApproximatePercent;
        if (!decimal.GetBits(actual).AsSpan().SequenceEqual(decimal.GetBits(expected)))
        {
            Assert.Fail($"{part}/{whole}: {actual} (scale {actual.Scale}), expected {expected} (scale {expected.Scale})");
        }
    }

    [Fact]
    public void ToString_ShowsTermsAndApproximatePercent()
    {
        Assert.Equal("29/100 (29%)", Ratio.Of(29, 100).ToString());
        Assert.Equal("1/3 (33.33%)", Ratio.Of(1, 3).ToString());
    }
}
