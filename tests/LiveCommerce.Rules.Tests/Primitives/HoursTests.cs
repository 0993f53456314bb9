using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class HoursTests
{
    [Fact]
    public void FromHours_OutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hours.FromHours(-0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hours.FromHours(Hours.MaxHours + 1m));
        Assert.Equal(Hours.MaxHours, Hours.FromHours(Hours.MaxHours).Value);
        Assert.NotNull(Hours.Check(-1m));
        Assert.Null(Hours.Check(60m));
    }

    [Fact]
    public void Add_WithinRange_IsExact()
    {
        Assert.Equal(Hours.FromHours(60m), Hours.FromHours(59.5m) + Hours.FromHours(0.5m));
        Assert.Equal(Hours.FromHours(Hours.MaxHours), Hours.Add(Hours.FromHours(Hours.MaxHours - 1m), Hours.FromHours(1m)));
    }

    [Fact]
    public void Add_BeyondMaxHours_ThrowsOverflowException()
    {
        Assert.Throws<OverflowException>(() => Hours.FromHours(Hours.MaxHours) + Hours.FromHours(0.01m));
    }

    [Fact]
    public void EqualityAndOrdering_CompareValue()
    {
        Assert.Equal(Hours.FromHours(60m), Hours.FromHours(60.00m));
        Assert.True(Hours.FromHours(59.99m) < Hours.FromHours(60m));
        Assert.Equal("60 h", Hours.FromHours(60m).ToString());
    }
}
