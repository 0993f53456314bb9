using System.Collections.Immutable;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>
/// The facts of one served enterprise (服务对象) of the Heilongjiang live-commerce enterprise-assistance action: whether it
/// qualifies as a service target (五、(四)2), who serves it (五、(二)), and its platform account's monthly figures for the
/// acceptance standard (五、(六)).
/// </summary>
/// <remarks>JSON: camelCase. Monthly figures may include months outside the service period: they are reported in the
/// findings' notes and never counted.</remarks>
public sealed record AssistedEnterprise
{
    /// <summary>The enterprise's name.</summary>
    public required string EnterpriseName { get; init; }

    /// <summary>The city (市(地)) whose commerce bureau selected it.</summary>
    public required string City { get; init; }

    /// <summary>The kind of enterprise. Recorded for the city's cohort share; never a reason to refuse (包括但不限于).</summary>
    public required EnterpriseKind Kind { get; init; }

    /// <summary>Whether it is a local (Heilongjiang) enterprise (本地企业).</summary>
    public required bool IsLocal { get; init; }

    /// <summary>① Whether it has the active will to transform to e-commerce (具有电商化转型的主动意愿).</summary>
    public required bool WillingToTransform { get; init; }

    /// <summary>② Whether it signed the commitment letter (签订承诺书).</summary>
    public required bool CommitmentSigned { get; init; }

    /// <summary>③ Whether it assigned a dedicated person or team to work with the service provider (组织专人(团队)对接服务主体).</summary>
    public required bool DedicatedTeamAssigned { get; init; }

    /// <summary>④ Whether it registered in the Heilongjiang (live) e-commerce product-selection library (选品库完成注册).</summary>
    public required bool RegisteredInSelectionLibrary { get; init; }

    /// <summary>④ Whether it filed its products there (产品填报).</summary>
    public required bool ProductsFiled { get; init; }

    /// <summary>⑤ Whether it cooperates with the commerce departments afterwards (后续积极配合各级商务部门做好电商活动、情况调研、
    /// 报送信息等工作); omit while nothing is recorded.</summary>
    public bool? CooperatesWithCommerceDepartments { get; init; }

    /// <summary>The date it applied; when omitted, the as-of date is used for the blacklist check.</summary>
    public DateOnly? AppliedOn { get; init; }

    /// <summary>The date it was blacklisted for fraud (列入黑名单), if it was.</summary>
    public DateOnly? BlacklistedOn { get; init; }

    /// <summary>The service provider (服务主体) serving it.</summary>
    public required ServiceProvider Provider { get; init; }

    /// <summary>The six-month service period (服务周期), by its first and last day.</summary>
    public required ServicePeriod ServicePeriod { get; init; }

    /// <summary>The platform account's figures month by month (at most one entry per month).</summary>
    public required ImmutableArray<MonthlyAccountFigures> Monthly { get; init; }
}

/// <summary>Kinds of service target named by 五、(一) (包括但不限于: the list is open).</summary>
public enum EnterpriseKind
{
    /// <summary>① 限上商贸流通企业: trade and distribution enterprise above the designated size.</summary>
    AboveQuotaTrade,

    /// <summary>② 龙江特色产品生产加工企业: producer or processor of Longjiang specialty products.</summary>
    SpecialtyProducer,

    /// <summary>③ 农村合作社: rural cooperative.</summary>
    RuralCooperative,

    /// <summary>④ 个体工商户: individual business.</summary>
    IndividualBusiness,

    /// <summary>Any other local enterprise (the list is "including but not limited to").</summary>
    Other,
}

/// <summary>Kinds of service provider named by 五、(二).</summary>
public enum ProviderKind
{
    /// <summary>① A large e-commerce platform enterprise (大型电商平台企业).</summary>
    Platform,

    /// <summary>② An enterprise holding the platform's official certified-service-provider qualification (官方认证服务商资质).</summary>
    CertifiedServiceProvider,
}

/// <summary>A service provider (服务主体).</summary>
public sealed record ServiceProvider
{
    /// <summary>The provider's name.</summary>
    public required string Name { get; init; }

    /// <summary>A platform, or a certified service provider of a platform.</summary>
    public required ProviderKind Kind { get; init; }

    /// <summary>The platform: the provider itself, or the platform that certified it.</summary>
    public required string PlatformName { get; init; }

    /// <summary>The platform's active users (活跃用户数).</summary>
    public required long PlatformActiveUsers { get; init; }

    /// <summary>For a certified service provider: whether it holds the platform's official certification (官方认证服务商资质).</summary>
    public bool HoldsOfficialCertification { get; init; }

    /// <summary>Whether it is able to provide training, accompanied teaching, coaching and outsourced operation and to obtain
    /// platform traffic (有面向服务对象提供培训、伴教、陪跑、代运营等服务和获取平台流量等资源的能力); omit while not assessed.</summary>
    public bool? HasServiceCapability { get; init; }

    /// <summary>Whether it set up a professional technical team and a service specialist for the target (建立专业技术团队和服务专员,
    /// 五、(四)7); omit while not recorded.</summary>
    public bool? HasTechnicalTeamAndSpecialist { get; init; }

    /// <summary>Whether it paid the target regular return visits (定期对服务对象开展回访, 五、(五)); omit while not recorded.</summary>
    public bool? MadeRegularReturnVisits { get; init; }
}

/// <summary>A service period (服务期) by its first and last day of service, both included.</summary>
/// <remarks>By default six months (服务周期为6个月) from <see cref="Start"/> end on the day before the same day six months
/// later: 2023-05-01..2023-10-31, 2023-04-15..2023-10-14 (a start on the 29th–31st whose day the sixth month lacks ends on
/// the day before that month's last day, so 2023-08-31 gives 2024-02-28); see <see cref="ServicePeriodReading"/>.</remarks>
public sealed record ServicePeriod
{
    /// <summary>The first day of service.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The last day of service.</summary>
    public required DateOnly End { get; init; }

    /// <summary>The last day of service (the same as <see cref="End"/>).</summary>
    [JsonIgnore]
    public DateOnly EndDate => End;

    /// <summary>The last day of a six-month period that starts on <paramref name="start"/>, under <paramref name="reading"/>.</summary>
    public static DateOnly SixMonthsEnd(DateOnly start, ServicePeriodReading reading = ServicePeriodReading.FirstDayCounted) =>
        reading == ServicePeriodReading.CivilCode ? start.AddDays(-1).AddMonths(6) : start.AddMonths(6).AddDays(-1);

    /// <summary>Whether some day of <paramref name="month"/> falls inside the period: its figures count towards the
    /// period's totals (a month the period only partly covers is given for the days inside it).</summary>
    public bool Overlaps(YearMonth month) => Months.Overlaps(month);

    /// <summary>Whether the whole calendar month lies inside the period: only such a month is a 单月 of ③ and ④.</summary>
    public bool Contains(YearMonth month) => Months.Contains(month);

    /// <summary>The period's month bounds, for asking <see cref="Overlaps"/> and <see cref="Contains"/> of a whole series.</summary>
    internal ServiceMonthBounds Months => new(Start, End);

    /// <summary>Formats as <c>2023-05-01..2023-10-31</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}

/// <summary>
/// Which months a service period touches and which it covers whole, as month bounds worked out once from its first and
/// last day; <see cref="ServicePeriod.Overlaps"/> and <see cref="ServicePeriod.Contains"/> are these.
/// </summary>
/// <remarks>A rule asks of every month it reads: comparing months costs nothing, building each month's first and last
/// day cost most of the rule.</remarks>
internal readonly struct ServiceMonthBounds
{
    private readonly YearMonth firstTouched;
    private readonly YearMonth lastTouched;
    private readonly YearMonth? firstWhole; // null: no month starts on or after the first day
    private readonly YearMonth? afterWhole; // null: every month ends on or before the last day

    public ServiceMonthBounds(DateOnly start, DateOnly end)
    {
        firstTouched = YearMonth.FromDate(start);
        lastTouched = YearMonth.FromDate(end);

        // A month's first day is on or after start when it is start's month and start is its 1st, or any later month.
        firstWhole = start.Day == 1 ? firstTouched : start.Year == 9999 && start.Month == 12 ? null : firstTouched.PlusMonths(1);
        afterWhole = YearMonth.FirstNotOverOn(end);
    }

    /// <summary>Some day of <paramref name="month"/> is inside the period: its first day is on or before the last, its last on or after the first.</summary>
    public bool Overlaps(YearMonth month) => month >= firstTouched && month <= lastTouched;

    /// <summary>Every day of <paramref name="month"/> is inside the period.</summary>
    public bool Contains(YearMonth month) => month >= firstWhole && (afterWhole is not { } after || month < after);
}

/// <summary>One month of the enterprise's platform account (平台帐号).</summary>
public sealed record MonthlyAccountFigures
{
    /// <summary>The month.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>① Live-streaming hours in the month (直播时长).</summary>
    public required Hours LiveHours { get; init; }

    /// <summary>② Short videos published in the month (发布短视频).</summary>
    public required int ShortVideos { get; init; }

    /// <summary>③ The store's sales in the month (单月店铺销售额).</summary>
    public required Money StoreSales { get; init; }

    /// <summary>④ The store's completed orders in the month (单月店铺成交单量).</summary>
    public required int Orders { get; init; }
}
