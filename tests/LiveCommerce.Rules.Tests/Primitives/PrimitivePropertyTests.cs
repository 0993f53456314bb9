using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Primitives;

/// <summary>FsCheck properties of the value objects.</summary>
public class PrimitivePropertyTests
{
    private const long MaxFen = 99_999_999_999_999_999L;

    private static readonly Gen<long> Fen = Gen.Frequency(
        (3, Generators.Long(-1_000_000_000, 1_000_000_000)),
        (1, Generators.Long(-MaxFen, MaxFen)));

    [Property]
    public Property Money_FromFen_RoundTripsAndEqualsFromYuanAtAnyScale()
    {
        return Prop.ForAll(Arb.From(Fen.Zip(Gen.Choose(0, 10))), x =>
        {
            Money money = Money.FromFen(x.Item1);
            decimal rescaled = decimal.Parse((x.Item1 / 100m).ToString("F" + (2 + x.Item2).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
            return money.Fen == x.Item1 && Money.FromYuan(rescaled) == money && Money.FromYuan(rescaled).GetHashCode() == money.GetHashCode();
        });
    }

    [Property]
    public Property Money_AddThenSubtract_IsIdentityOrOverflows()
    {
        return Prop.ForAll(Arb.From(Fen.Zip(Fen)), x =>
        {
            Money a = Money.FromFen(x.Item1);
            Money b = Money.FromFen(x.Item2);
            BigInteger exact = (BigInteger)x.Item1 + x.Item2;
            try
            {
                Money sum = a + b;
                return BigInteger.Abs(exact) <= MaxFen && sum.Fen == (long)exact && sum - b == a;
            }
            catch (OverflowException)
            {
                return BigInteger.Abs(exact) > MaxFen;
            }
        });
    }

    [Property]
    public bool Money_OrderingAgreesWithFen(Money a, Money b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Fen.CompareTo(b.Fen)) && (a == b) == (a.Fen == b.Fen);

    /// <summary>The generated <c>Equals(object)</c> and operators restate each primitive's own <c>Equals(T)</c> and
    /// <c>CompareTo(T)</c>, also where the two disagree (a ratio and its unreduced form compare equal but are not equal).</summary>
    [Property]
    public bool GeneratedOperators_RestateEqualsAndCompareTo(Money m, Money n, Area a, Area b, Hours h, Hours i, Percentage p, Percentage q, YearMonth y, YearMonth z, NonNegativeInt part, PositiveInt whole)
    {
        Ratio r = Ratio.Of(part.Get % (whole.Get + 1L), whole.Get);
        Ratio unreduced = Ratio.Of(r.Part * 2, r.Whole * 2);
        return Restates(m, n) && Restates(m, m) && Restates(a, b) && Restates(a, a) && Restates(h, i) && Restates(h, h)
            && Restates(p, q) && Restates(p, p) && Restates(y, z) && Restates(y, y)
            && Restates(r, unreduced) && Restates(r, r) && Restates(r, Ratio.Of(0, 1));
    }

    private static bool Restates<T>(T a, T b)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        bool Operator(string name) => (bool)typeof(T).GetMethod(name, [typeof(T), typeof(T)])!.Invoke(null, [a, b])!;
        int order = a.CompareTo(b);
        return Operator("op_Equality") == a.Equals(b) && Operator("op_Inequality") == !a.Equals(b)
            && Operator("op_LessThan") == (order < 0) && Operator("op_LessThanOrEqual") == (order <= 0)
            && Operator("op_GreaterThan") == (order > 0) && Operator("op_GreaterThanOrEqual") == (order >= 0)
            && a.Equals((object)b) == a.Equals(b) && !a.Equals(null);
    }

    /// <summary>A month comes before <see cref="YearMonth.FirstNotOverOn"/> exactly when its last day is on or before the
    /// date, as the calendar says: every day of 2023 and 2024 against every month from 2022-11 to 2025-02.</summary>
    [Fact]
    public void YearMonth_FirstNotOverOn_AgreesWithTheLastDay()
    {
        for (DateOnly date = new(2023, 1, 1); date <= new DateOnly(2024, 12, 31); date = date.AddDays(1))
        {
            YearMonth? notOver = YearMonth.FirstNotOverOn(date);
            for (YearMonth month = new(2022, 11); month <= new YearMonth(2025, 2); month = month.PlusMonths(1))
            {
                Assert.True((month < notOver) == (month.LastDay <= date), $"{month} on {date:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void YearMonth_FirstNotOverOn_TheLastDayOfTheCalendar_EveryMonthIsOver()
    {
        Assert.Null(YearMonth.FirstNotOverOn(DateOnly.MaxValue));
        Assert.Equal(new YearMonth(9999, 12), YearMonth.FirstNotOverOn(new DateOnly(9999, 12, 30)));
        Assert.Equal(new YearMonth(2023, 1), YearMonth.FirstNotOverOn(new DateOnly(2022, 12, 31)));
        Assert.Equal(new YearMonth(2022, 12), YearMonth.FirstNotOverOn(new DateOnly(2022, 12, 1)));
    }

    [Property]
    public bool Area_AndPercentage_RoundTripThroughTheirNumbers(Area area, Percentage share) =>
        Area.FromSquareMetres(area.SquareMetres) == area && Percentage.FromPercent(share.Percent) == share;

    [Property]
    public bool MonthlySeries_CreatedFromItsEntriesInAnyOrder_IsTheSameSeries(MonthlySeries<int> series)
    {
        KeyValuePair<YearMonth, int>[] reversed = [.. Enumerable.Range(0, series.Count).Select(i => series[i]).Reverse()];

        MonthlySeries<int> again = MonthlySeries.Create(reversed, series.First, series.Last);

        return again.First == series.First && again.Values.SequenceEqual(series.Values) && YearMonth.MonthsBetween(series.First, series.Last) == series.Count - 1;
    }

    [Property]
    public Property YearMonth_ParseOfToString_RoundTripsAndPlusMonthsInverts()
    {
        Gen<(YearMonth Month, int Delta)> gen =
            from index in Gen.Choose(0, (9999 * 12) - 1)
            from delta in Gen.Choose(-2000, 2000)
            select (new YearMonth((index / 12) + 1, (index % 12) + 1), delta);

        return Prop.ForAll(Arb.From(gen), x =>
        {
            if (!YearMonth.TryParse(x.Month.ToString(), out YearMonth parsed) || parsed != x.Month)
            {
                return false;
            }

            YearMonth moved;
            try
            {
                moved = x.Month.PlusMonths(x.Delta);
            }
            catch (ArgumentOutOfRangeException)
            {
                long target = ((x.Month.Year - 1L) * 12) + x.Month.Month - 1 + x.Delta;
                return target < 0 || target >= 9999 * 12;
            }

            return moved.PlusMonths(-x.Delta) == x.Month
                && YearMonth.MonthsBetween(x.Month, moved) == x.Delta
                && Math.Sign(moved.CompareTo(x.Month)) == Math.Sign(x.Delta);
        });
    }

    [Property]
    public Property Ratio_ComparisonsAgreeWithExactCrossMultiplication()
    {
        Gen<(long Part, long Whole)> share =
            from whole in Gen.Frequency((3, Generators.Long(1, 1000)), (1, Generators.Long(1, long.MaxValue)))
            from part in Generators.Long(0, whole)
            select (part, whole);
        Gen<(long, long, long, long, int)> gen =
            from a in share
            from b in share
            from hundredths in Gen.Choose(0, 10_000)
            select (a.Part, a.Whole, b.Part, b.Whole, hundredths);

        return Prop.ForAll(Arb.From(gen), x =>
        {
            (long ap, long aw, long bp, long bw, int hundredths) = x;
            Ratio a = Ratio.Of(ap, aw);
            Ratio b = Ratio.Of(bp, bw);
            var percent = Percentage.FromPercent(hundredths / 100m);
            int expectedRatio = ((BigInteger)ap * bw).CompareTo((BigInteger)bp * aw);
            int expectedPercent = ((BigInteger)ap * 10_000).CompareTo((BigInteger)hundredths * aw);
            return Math.Sign(a.CompareTo(b)) == expectedRatio
                && Math.Sign(a.CompareTo(percent)) == expectedPercent
                && Threshold.AtLeast(percent.Percent, Unit.Percent, "以上").IsMetBy(a) == (expectedPercent >= 0);
        });
    }

    [Property]
    public Property Threshold_Floors_AreMonotoneAndCeilingsAntitone()
    {
        Gen<(Comparison Comparison, int Bound, int Value, int Raise)> gen =
            from comparison in Gen.Elements(Comparison.AtLeast, Comparison.MoreThan, Comparison.AtMost, Comparison.LessThan)
            from bound in Gen.Choose(-1000, 1000)
            from value in Gen.Choose(-1000, 1000)
            from raise in Gen.Choose(0, 1000)
            select (comparison, bound, value, raise);

        return Prop.ForAll(Arb.From(gen), x =>
        {
            var threshold = new Threshold(x.Comparison, new Quantity(x.Bound, Unit.Count), "以上");
            bool before = threshold.IsMetBy(x.Value);
            bool after = threshold.IsMetBy(x.Value + x.Raise);
            return x.Comparison.IsLowerBound() ? !before || after : !after || before;
        });
    }

    [Property]
    public Property Threshold_StricterOrEqual_AcceptsNothingTheOtherRejects()
    {
        Gen<Threshold> threshold =
            from comparison in Gen.Elements(Comparison.AtLeast, Comparison.MoreThan, Comparison.AtMost, Comparison.LessThan)
            from bound in Gen.Choose(-20, 20)
            select new Threshold(comparison, new Quantity(bound / 2m, Unit.Count), "以上");

        return Prop.ForAll(Arb.From(threshold.Zip(threshold)), x =>
        {
            (Threshold proposed, Threshold basic) = x;
            bool sameDirection = proposed.Comparison.IsLowerBound() == basic.Comparison.IsLowerBound();
            bool noLooser = Enumerable.Range(-100, 201).Select(i => i / 4m).All(v => !proposed.IsMetBy(v) || basic.IsMetBy(v));
            return proposed.IsStricterThanOrEqualTo(basic) == (sameDirection && noLooser);
        });
    }
}
