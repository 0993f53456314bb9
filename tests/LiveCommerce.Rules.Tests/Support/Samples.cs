using System.Collections.Immutable;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Builders for facts that meet every requirement, to vary one fact at a time.</summary>
internal static class Samples
{
    public static readonly DateOnly AsOf = new(2023, 3, 1);

    public static SharedBaseApplication SharedBaseMeeting() => new()
    {
        BaseName = "测试基地",
        City = "哈尔滨市",
        Operator = new BaseOperator { Name = "测试运营有限公司", IsLegalEntity = true, OperationStartDate = new DateOnly(2021, 1, 1) },
        BuildingArea = Area.FromSquareMetres(2000),
        Monthly2022 = Months(10, 10),
        OnlineRetail2022 = Money.FromWan(3000),
        Investments = [new Investment { Date = new DateOnly(2021, 6, 1), Amount = Money.FromWan(500) }],
        AuditReport = new AuditReport { Provided = true, FirmQualified = true, CoversInvestment = true, CoversOnlineRetail = true },
        AuthenticityCommitmentSigned = true,
        PreviouslySupportedAsProvincialBase = false,
    };

    public static ImmutableArray<MonthlyOccupancy> Months(int tenants, int liveRooms) =>
        [.. Enumerable.Range(1, 12).Select(m => new MonthlyOccupancy { Month = new YearMonth(2022, m), Tenants = tenants, LiveRooms = liveRooms })];
}
