using System.Collections.Immutable;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

/// <summary>Facts at every boundary of the enterprise-assistance action, to vary one fact at a time.</summary>
internal static class AssistanceSamples
{
    public static readonly DateOnly AsOf = new(2023, 1, 15);

    public static readonly YearMonth First = new(2022, 5);

    /// <summary>An enterprise meeting every standard exactly: 60 hours, 20 videos, 2 months at ¥100,000, 2 months at 1,000 orders.</summary>
    public static AssistedEnterprise Meeting() => new()
    {
        EnterpriseName = "测试食品有限公司",
        City = "哈尔滨市",
        Kind = EnterpriseKind.SpecialtyProducer,
        IsLocal = true,
        WillingToTransform = true,
        CommitmentSigned = true,
        DedicatedTeamAssigned = true,
        RegisteredInSelectionLibrary = true,
        ProductsFiled = true,
        Provider = new ServiceProvider { Name = "测试服务商", Kind = ProviderKind.Platform, PlatformName = "测试平台", PlatformActiveUsers = 200_000_001 },
        ServicePeriod = new ServicePeriod { Start = First.FirstDay, End = First.PlusMonths(5).LastDay },
        Monthly =
        [
            Month(0, 10m, 4, 100_000m, 1_000),
            Month(1, 10m, 4, 50_000m, 500),
            Month(2, 10m, 3, 100_000m, 999),
            Month(3, 10m, 3, 99_999.99m, 1_000),
            Month(4, 10m, 3, 0m, 0),
            Month(5, 10m, 3, 0m, 0),
        ],
    };

    public static MonthlyAccountFigures Month(int offset, decimal hours, int videos, decimal sales, int orders) => new()
    {
        Month = First.PlusMonths(offset),
        LiveHours = Hours.FromHours(hours),
        ShortVideos = videos,
        StoreSales = Money.FromYuan(sales),
        Orders = orders,
    };

    public static AssistedEnterprise WithMonth(this AssistedEnterprise e, int index, Func<MonthlyAccountFigures, MonthlyAccountFigures> change) =>
        e with { Monthly = e.Monthly.SetItem(index, change(e.Monthly[index])) };

    public static AssistedEnterprise WithMonthly(this AssistedEnterprise e, IEnumerable<MonthlyAccountFigures> monthly) =>
        e with { Monthly = [.. monthly] };

    public static ImmutableArray<MonthlyAccountFigures> Months(params MonthlyAccountFigures[] months) => [.. months];
}
