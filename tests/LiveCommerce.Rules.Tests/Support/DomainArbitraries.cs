using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>
/// The FsCheck arbitraries of the domain types, registered for every <c>[Property]</c> of this assembly (see
/// <c>AssemblyInfo.cs</c>): a property takes a <see cref="Money"/>, an <see cref="Area"/> or a valid application as a
/// parameter. Values lean towards the documents' thresholds so boundaries are hit often.
/// </summary>
public static class DomainArbitraries
{
    /// <summary>Amounts to the fen, mostly near ¥5,000,000 and ¥30,000,000, some anywhere in the range (negative too).</summary>
    public static Arbitrary<Money> Money() =>
        Gen.Frequency(
            (2, Generators.MoneyFen(499_999_000, 500_001_000)),
            (2, Generators.MoneyFen(2_999_999_000, 3_000_001_000)),
            (3, Generators.MoneyFen(-1_000_000_000, 100_000_000_000)),
            (1, Generators.MoneyFen(-99_999_999_999_999_999L, 99_999_999_999_999_999L)))
        .ToArbitrary();

    /// <summary>Areas with at most two decimals, near 2,000 m² or anywhere up to 100,000 m².</summary>
    public static Arbitrary<Area> Area() => Generators.Area().ToArbitrary();

    /// <summary>Durations with at most two decimals, near whole hours or anywhere up to the maximum.</summary>
    public static Arbitrary<Hours> Hours() =>
        Gen.Frequency(
            (3, Gen.Choose(0, 100_000).Select(h => LiveCommerce.Rules.Primitives.Hours.FromHours(h / 100m))),
            (1, Generators.Long(0, (long)LiveCommerce.Rules.Primitives.Hours.MaxHours * 100).Select(h => LiveCommerce.Rules.Primitives.Hours.FromHours(h / 100m))))
        .ToArbitrary();

    /// <summary>Percentages with at most two decimals, mostly 0–100 % (where the documents' shares lie).</summary>
    public static Arbitrary<Percentage> Percentage() =>
        Gen.Frequency(
            (4, Gen.Choose(0, 10_000).Select(p => LiveCommerce.Rules.Primitives.Percentage.FromPercent(p / 100m))),
            (1, Generators.Long(-(long)LiveCommerce.Rules.Primitives.Percentage.MaxPercent * 100, (long)LiveCommerce.Rules.Primitives.Percentage.MaxPercent * 100).Select(p => LiveCommerce.Rules.Primitives.Percentage.FromPercent(p / 100m))))
        .ToArbitrary();

    /// <summary>Any month from 0001-01 to 9999-12, mostly 2019–2031.</summary>
    public static Arbitrary<YearMonth> YearMonth() =>
        Gen.Frequency(
            (4, Gen.Choose(2019 * 12, (2031 * 12) + 11)),
            (1, Gen.Choose(12, (9999 * 12) + 11)))
        .Select(index => new YearMonth(index / 12, (index % 12) + 1))
        .ToArbitrary();

    /// <summary>A complete monthly series of counts over one to 36 months from any month of 2019–2031.</summary>
    public static Arbitrary<MonthlySeries<int>> MonthlySeries() =>
        (from first in Gen.Choose(2019 * 12, (2031 * 12) + 11).Select(index => new YearMonth(index / 12, (index % 12) + 1))
         from length in Gen.Choose(1, 36)
         from counts in Gen.Choose(0, 30).ArrayOf(length)
         select LiveCommerce.Rules.Primitives.MonthlySeries.Create(
             [.. counts.Select((count, i) => KeyValuePair.Create(first.PlusMonths(i), count))],
             first,
             first.PlusMonths(length - 1)))
        .ToArbitrary();

    /// <summary>A valid shared-base application (many fail one or more criteria).</summary>
    public static Arbitrary<SharedBaseApplication> SharedBaseApplication() => Generators.ApplicationArb();

    /// <summary>A valid selection round of a city.</summary>
    public static Arbitrary<SharedBaseCitySelection> SharedBaseCitySelection() => Generators.CitySelection().ToArbitrary();

    /// <summary>Valid facts of any programme of the catalog (see <see cref="ValidFacts"/>).</summary>
    public static Arbitrary<ProgrammeFacts> ProgrammeFacts() => ValidFacts.AnyProgramme().ToArbitrary();

    /// <summary>Twelve months of 2022 (the shared base's counting window) in any order.</summary>
    public static Arbitrary<ImmutableArray<MonthlyOccupancy>> Monthly2022() => Generators.Monthly2022().ToArbitrary();
}
