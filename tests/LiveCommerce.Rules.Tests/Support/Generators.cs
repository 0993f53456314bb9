using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>FsCheck generators for the domain types (FsCheck.Xunit is not available: properties run from [Fact]s).</summary>
internal static class Generators
{
    private static readonly string[] BaseNames = ["哈尔滨松北直播电商共享基地", "绥化北林电商产业园", "Base \"quoted\" \\ name", "牡丹江 <直播> & 基地", "Ünïcödé 🚀 base"];

    private static readonly string[] Cities = ["哈尔滨市", "齐齐哈尔市", "牡丹江市", "佳木斯市", "大庆市", "绥化市"];

    /// <summary>A long in [min, max].</summary>
    public static Gen<long> Long(long min, long max) =>
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue), (hi, lo) => min + (long)((((ulong)hi << 31) | (uint)lo) % (ulong)(max - min + 1)));

    /// <summary>A date in [min, max].</summary>
    public static Gen<DateOnly> Date(DateOnly min, DateOnly max) =>
        Gen.Choose(0, max.DayNumber - min.DayNumber).Select(d => DateOnly.FromDayNumber(min.DayNumber + d));

    /// <summary>An amount between two amounts given in fen.</summary>
    public static Gen<Money> MoneyFen(long minFen, long maxFen) => Long(minFen, maxFen).Select(Money.FromFen);

    /// <summary>An area in square metres with at most two decimals: near the 2,000 m² boundary or anywhere up to 100,000 m².</summary>
    public static Gen<Area> Area() =>
        Gen.Frequency(
            (2, Gen.Choose(199_000, 201_000)),
            (1, Gen.Choose(0, 10_000_000))).Select(hundredths => LiveCommerce.Rules.Primitives.Area.FromSquareMetres(hundredths / 100m));

    /// <summary>Twelve months of 2022 in a random order, counts around the monthly mean of 10.</summary>
    public static Gen<ImmutableArray<MonthlyOccupancy>> Monthly2022() =>
        Gen.Choose(0, 20).Zip(Gen.Choose(0, 20)).ArrayOf(12).SelectMany(counts =>
            Gen.Shuffle(Enumerable.Range(1, 12).Select(m => new MonthlyOccupancy
            {
                Month = new YearMonth(2022, m),
                Tenants = counts[m - 1].Item1,
                LiveRooms = counts[m - 1].Item2,
            }).ToArray())).Select(months => months.ToImmutableArray());

    /// <summary>An investment dated inside 2020-11-01..2022-12-31.</summary>
    public static Gen<Investment> Investment() =>
        from date in Date(new DateOnly(2020, 11, 1), new DateOnly(2022, 12, 31))
        from amount in MoneyFen(0, 300_000_000)
        from description in Gen.Elements<string?>(null, "直播间装修", "", "设备 \"A\"")
        select new Investment { Date = date, Amount = amount, Description = description };

    /// <summary>A valid application: every value passes validation, many fail one or more rules.</summary>
    public static Gen<SharedBaseApplication> Application() =>
        from name in Gen.Elements(BaseNames)
        from city in Gen.Elements(Cities)
        from legal in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from start in Date(new DateOnly(2019, 1, 1), new DateOnly(2023, 3, 1))
        from area in Area()
        from months in Monthly2022()
        from retail in Gen.Frequency((2, MoneyFen(2_999_000_000, 3_001_000_000)), (1, MoneyFen(0, 100_000_000_000)))
        from investments in Investment().ArrayOf().Select(a => a.Take(4).ToImmutableArray())
        from audit in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(4)
        from commitment in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from supported in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from rural in RuralFunding()
        select new SharedBaseApplication
        {
            BaseName = name,
            City = city,
            Operator = new BaseOperator { Name = name + " 运营公司", IsLegalEntity = legal, OperationStartDate = start },
            BuildingArea = area,
            Monthly2022 = months,
            OnlineRetail2022 = retail,
            Investments = investments,
            AuditReport = new AuditReport { Provided = audit[0], FirmQualified = audit[1], CoversInvestment = audit[2], CoversOnlineRetail = audit[3] },
            AuthenticityCommitmentSigned = commitment,
            PreviouslySupportedAsProvincialBase = supported,
            RuralDemonstrationFunding = rural,
        };

    /// <summary>No funding, funding marked false, or funding with an acceptance date around 2020-10-31 (or none).</summary>
    public static Gen<RuralDemonstrationFunding?> RuralFunding() =>
        Gen.OneOf(
            Gen.Constant<RuralDemonstrationFunding?>(null),
            Gen.Constant<RuralDemonstrationFunding?>(new RuralDemonstrationFunding { Funded = false }),
            Gen.Frequency(
                (1, Gen.Constant<DateOnly?>(null)),
                (4, Date(new DateOnly(2020, 10, 1), new DateOnly(2020, 11, 30)).Select(d => (DateOnly?)d))).Select(d =>
                    (RuralDemonstrationFunding?)new RuralDemonstrationFunding { Funded = true, NationalAcceptanceDate = d }));

    /// <summary>An as-of date around the deadline.</summary>
    public static Gen<DateOnly> AsOf() => Date(new DateOnly(2022, 6, 1), new DateOnly(2024, 1, 1));

    public static Arbitrary<SharedBaseApplication> ApplicationArb() => Arb.From(Application());

    /// <summary>A valid candidate with a unique id; accepted ones may carry a subsidy.</summary>
    public static Gen<SharedBaseCandidate> Candidate(int index) =>
        from score in Gen.Choose(0, 20).Select(s => 80m + (s / 2m))
        from eligible in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from inspected in Gen.Elements(true, false)
        from selected in Gen.Elements<bool?>(null, true, false)
        from accepted in Gen.Elements(true, false)
        from subsidy in MoneyFen(0, 500_000_000).Select(m => (Money?)m)
        from id in Gen.Elements("A", "a", "B", "b", "Z").Select(prefix => prefix + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
        select new SharedBaseCandidate
        {
            ApplicationId = id,
            BaseName = "基地" + id,
            ExpertScore = score,
            MeetsBasicCriteria = eligible,
            InspectedOnSite = inspected,
            SelectedAsCandidate = selected,
            Accepted = eligible && accepted,
            Subsidy = eligible && accepted ? subsidy : null,
        };

    /// <summary>A valid selection round of one to twelve applicants (ids unique by index).</summary>
    public static Gen<SharedBaseCitySelection> CitySelection() =>
        from count in Gen.Choose(1, 12)
        from applicants in Gen.CollectToArray(Enumerable.Range(0, count).Select(Candidate))
        select new SharedBaseCitySelection { City = "哈尔滨市", Applicants = [.. applicants] };
}
