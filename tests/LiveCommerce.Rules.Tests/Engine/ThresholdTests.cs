using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Tests.Engine;

public class ThresholdTests
{
    [Theory]
    [InlineData(Comparison.AtLeast, 1999.99, false)]
    [InlineData(Comparison.AtLeast, 2000, true)]
    [InlineData(Comparison.AtLeast, 2000.01, true)]
    [InlineData(Comparison.MoreThan, 1999.99, false)]
    [InlineData(Comparison.MoreThan, 2000, false)]
    [InlineData(Comparison.MoreThan, 2000.01, true)]
    [InlineData(Comparison.AtMost, 1999.99, true)]
    [InlineData(Comparison.AtMost, 2000, true)]
    [InlineData(Comparison.AtMost, 2000.01, false)]
    [InlineData(Comparison.LessThan, 1999.99, true)]
    [InlineData(Comparison.LessThan, 2000, false)]
    [InlineData(Comparison.LessThan, 2000.01, false)]
    public void IsMetBy_BoundaryOneBelowOneAbove_FollowsComparison(Comparison comparison, double value, bool expected)
    {
        var threshold = new Threshold(comparison, new Quantity(2000m, Unit.SquareMetres), "不少于");
        decimal exact = (decimal)value;

        Assert.Equal(expected, threshold.IsMetBy(new Quantity(exact, Unit.SquareMetres)));
        Assert.Equal(expected, threshold.IsMetBy(exact));
    }

    [Fact]
    public void IsMetBy_DifferentUnit_ThrowsArgumentException()
    {
        Threshold threshold = Threshold.AtLeast(2000m, Unit.SquareMetres, "不少于");

        Assert.Throws<ArgumentException>(() => threshold.IsMetBy(new Quantity(2000m, Unit.Yuan)));
        Assert.Throws<ArgumentException>(() => threshold.IsMetBy(LiveCommerce.Rules.Primitives.Ratio.Of(1, 2)));
    }

    [Fact]
    public void Constructor_BlankWording_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Threshold.AtLeast(1m, Unit.Count, " "));
    }

    [Theory]
    // floors: higher is stricter
    [InlineData(Comparison.AtLeast, 2500, Comparison.AtLeast, 2000, true)]
    [InlineData(Comparison.AtLeast, 2000, Comparison.AtLeast, 2000, true)]
    [InlineData(Comparison.AtLeast, 1999, Comparison.AtLeast, 2000, false)]
    [InlineData(Comparison.MoreThan, 2000, Comparison.AtLeast, 2000, true)]
    [InlineData(Comparison.AtLeast, 2000, Comparison.MoreThan, 2000, false)]
    [InlineData(Comparison.MoreThan, 2000, Comparison.MoreThan, 2000, true)]
    [InlineData(Comparison.AtLeast, 2001, Comparison.MoreThan, 2000, true)]
    [InlineData(Comparison.MoreThan, 1999, Comparison.AtLeast, 2000, false)]
    // ceilings: lower is stricter
    [InlineData(Comparison.AtMost, 100, Comparison.AtMost, 200, true)]
    [InlineData(Comparison.AtMost, 200, Comparison.AtMost, 200, true)]
    [InlineData(Comparison.AtMost, 201, Comparison.AtMost, 200, false)]
    [InlineData(Comparison.LessThan, 200, Comparison.AtMost, 200, true)]
    [InlineData(Comparison.AtMost, 200, Comparison.LessThan, 200, false)]
    [InlineData(Comparison.LessThan, 200, Comparison.LessThan, 200, true)]
    [InlineData(Comparison.LessThan, 201, Comparison.AtMost, 200, false)]
    // mismatched directions cannot be compared
    [InlineData(Comparison.AtMost, 2000, Comparison.AtLeast, 2000, false)]
    [InlineData(Comparison.AtLeast, 2000, Comparison.AtMost, 2000, false)]
    [InlineData(Comparison.LessThan, 1, Comparison.MoreThan, 2000, false)]
    public void IsStricterThanOrEqualTo_Cases_MatchDefinition(Comparison proposed, int proposedBound, Comparison basic, int basicBound, bool expected)
    {
        var p = new Threshold(proposed, new Quantity(proposedBound, Unit.Count), "以上");
        var b = new Threshold(basic, new Quantity(basicBound, Unit.Count), "以上");

        Assert.Equal(expected, p.IsStricterThanOrEqualTo(b));
    }

    [Fact]
    public void IsStricterThanOrEqualTo_MismatchedUnits_False()
    {
        Threshold area = Threshold.AtLeast(2500m, Unit.SquareMetres, "不少于");
        Threshold money = Threshold.AtLeast(2000m, Unit.Yuan, "不低于");

        Assert.False(area.IsStricterThanOrEqualTo(money));
        Assert.False(money.IsStricterThanOrEqualTo(area));
    }

    [Fact]
    public void WithBound_KeepsComparisonAndWording()
    {
        Threshold t = Threshold.MoreThan(2m, Unit.Yuan, "超过").WithBound(3m);

        Assert.Equal(Comparison.MoreThan, t.Comparison);
        Assert.Equal(new Quantity(3m, Unit.Yuan), t.Bound);
        Assert.Equal("超过", t.Wording);
        Assert.Equal(Threshold.MoreThan(3m, Unit.Yuan, "超过"), t);
    }

    [Fact]
    public void WithBound_ItsOwnValue_IsThisThreshold_ButAnotherScaleIsNot()
    {
        Threshold t = Threshold.AtMost(3_000_000m, Unit.Yuan, "不超过");

        Assert.Same(t, t.WithBound(3_000_000m));

        // 3000000.00 equals 3000000 but writes otherwise (a report's JSON keeps the scale): a new threshold.
        Threshold paid = t.WithBound(3_000_000.00m);
        Assert.NotSame(t, paid);
        Assert.Equal(2, paid.Bound.Value.Scale);
    }

    [Fact]
    public void Format_English_ShowsSymbolAndUnit()
    {
        Assert.Equal("≥ 2,000 m²", Threshold.AtLeast(2000m, Unit.SquareMetres, "不少于").Format(ReportLanguage.English));
        Assert.Equal("≥ ¥30,000,000.00", Threshold.AtLeast(30_000_000m, Unit.Yuan, "不低于").Format(ReportLanguage.English));
        Assert.Equal("< 50%", Threshold.LessThan(50m, Unit.Percent, "不满").Format(ReportLanguage.ChineseSimplified));
    }
}
