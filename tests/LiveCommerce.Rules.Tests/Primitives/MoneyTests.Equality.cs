using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public partial class MoneyTests
{
    [Fact]
    public void Equals_DifferentScaleSameAmount_AreEqual()
    {
        Money a = Money.FromYuan(2000m);
        Money b = Money.FromYuan(2000.00m);
        Money c = Money.FromYuan(2000.0000m);

        Assert.Equal(a, b);
        Assert.True(a == c);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void Equals_OneFenApart_AreNotEqualAndOrdered()
    {
        Money lower = Money.FromYuan(29_999_999.99m);
        Money upper = Money.FromYuan(30_000_000m);

        Assert.NotEqual(lower, upper);
        Assert.True(lower < upper);
        Assert.True(upper > lower);
        Assert.True(lower <= upper && upper >= lower);
        Assert.True(upper.CompareTo(lower) > 0);
        Assert.Equal(1, ((IComparable)upper).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)upper).CompareTo(30_000_000m));
    }
}
