using System.Globalization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class AreaTests
{
    [Fact]
    public void FromSquareMetres_WithinRange_KeepsValue()
    {
        Assert.Equal(0m, Area.FromSquareMetres(0m).SquareMetres);
        Assert.Equal(1999.99m, Area.FromSquareMetres(1999.99m).SquareMetres);
        Assert.Equal(Area.MaxSquareMetres, Area.FromSquareMetres(Area.MaxSquareMetres).SquareMetres);
    }

    [Fact]
    public void FromSquareMetres_OutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareMetres(-0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareMetres(Area.MaxSquareMetres + 0.01m));
        Assert.NotNull(Area.Check(-0.01m));
        Assert.NotNull(Area.Check(Area.MaxSquareMetres + 0.01m));
        Assert.Null(Area.Check(2000m));
    }

    [Fact]
    public void Equals_DifferentScale_AreEqualAndOrdered()
    {
        Assert.Equal(Area.FromSquareMetres(2000m), Area.FromSquareMetres(2000.00m));
        Assert.True(Area.FromSquareMetres(1999.99m) < Area.FromSquareMetres(2000m));
        Assert.True(Area.FromSquareMetres(2000.01m) > Area.FromSquareMetres(2000m));
        Assert.NotEqual(Area.FromSquareMetres(2000m), Area.FromSquareMetres(2000.01m));
    }

    [Fact]
    public void ToString_Invariant_GroupsDigits()
    {
        Assert.Equal("1,850 m²", Area.FromSquareMetres(1850m).ToString());
        Assert.Equal("2,350.5 m²", Area.FromSquareMetres(2350.5m).ToString());
        Assert.Equal("2.350,5 m²", Area.FromSquareMetres(2350.5m).ToString(null, CultureInfo.GetCultureInfo("de-DE")));
    }
}
