using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class PercentageTests
{
    [Fact]
    public void FromPercent_Bounds_AcceptedAndRejected()
    {
        Assert.Equal(30m, Percentage.FromPercent(30m).Percent);
        Assert.Equal(-Percentage.MaxPercent, Percentage.FromPercent(-Percentage.MaxPercent).Percent);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(Percentage.MaxPercent + 0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(-Percentage.MaxPercent - 0.01m));
    }

    [Fact]
    public void EqualityAndOrdering_CompareNumberOfPercent()
    {
        Assert.Equal(Percentage.FromPercent(30m), Percentage.FromPercent(30.000m));
        Assert.True(Percentage.FromPercent(29.99m) < Percentage.FromPercent(30m));
        Assert.Equal("30%", Percentage.FromPercent(30m).ToString());
        Assert.Equal("33.33%", Percentage.FromPercent(33.333m).ToString());
    }
}
