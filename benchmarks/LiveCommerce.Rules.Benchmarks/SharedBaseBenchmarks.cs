using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The nine Heilongjiang shared-base applicant clauses: our full report and fast path against a hand-written baseline
/// (plain ifs over the same facts collecting the ids of failed clauses), which is the practical floor.
/// </summary>
[MemoryDiagnoser]
public class SharedBaseBenchmarks
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);
    private readonly SharedBaseRuleSet ruleSet = SharedBaseRuleSet.Default;
    private SharedBaseApplication application = null!;
    private byte[] json = null!;

    [Params(true, false)]
    public bool Eligible { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        application = Application(Eligible);
        json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(application, JsonContext.Default.SharedBaseApplication);
    }

    [Benchmark(Baseline = true)]
    public List<string> HandWrittenBaseline() => HandWritten(application, AsOf);

    [Benchmark]
    public bool FastPath() => ruleSet.IsMet(application, AsOf);

    [Benchmark]
    public Report FullReport() => ruleSet.Evaluate(application, AsOf);

    /// <summary>The full report with every finding's message (zh-CN and en) and notes read, which are formatted on first read.</summary>
    [Benchmark]
    public int FullReportExplained() => ReadEveryText(ruleSet.Evaluate(application, AsOf));

    [Benchmark]
    public byte[] JsonInReportJsonOut() => LiveCommerceJson.SerializeToUtf8Bytes(ruleSet.EvaluateJson(json, AsOf).Report!);

    /// <summary>Reads every finding's message and notes in both languages; returns their total length.</summary>
    internal static int ReadEveryText(Report report)
    {
        int length = 0;
        foreach (Finding f in report.Findings)
        {
            length += f.Message.ZhCn.Length + f.Message.En.Length;
            foreach (LocalizedText note in f.Notes)
            {
                length += note.ZhCn.Length + note.En.Length;
            }
        }

        return length;
    }

    internal static List<string> HandWritten(SharedBaseApplication a, DateOnly asOf)
    {
        var failed = new List<string>();
        if (!a.Operator.IsLegalEntity || a.Operator.OperationStartDate.AddYears(1) > asOf)
        {
            failed.Add("HLJ-BASE-OPERATOR");
        }

        if (a.BuildingArea.SquareMetres < 2000m)
        {
            failed.Add("HLJ-BASE-AREA");
        }

        int tenants = 0, rooms = 0;
        foreach (MonthlyOccupancy m in a.Monthly2022)
        {
            tenants += m.Tenants;
            rooms += m.LiveRooms;
        }

        if (tenants < 120)
        {
            failed.Add("HLJ-BASE-TENANTS");
        }

        if (rooms < 120)
        {
            failed.Add("HLJ-BASE-LIVE-ROOMS");
        }

        if (a.OnlineRetail2022.Yuan < 30_000_000m)
        {
            failed.Add("HLJ-BASE-RETAIL");
        }

        decimal investment = 0m;
        foreach (Investment i in a.Investments)
        {
            investment += i.Amount.Yuan;
        }

        if (investment < 5_000_000m)
        {
            failed.Add("HLJ-BASE-INVESTMENT");
        }

        if (!(a.AuditReport.Provided && a.AuditReport.FirmQualified && a.AuditReport.CoversInvestment && a.AuditReport.CoversOnlineRetail))
        {
            failed.Add("HLJ-BASE-AUDIT");
        }

        if (!a.AuthenticityCommitmentSigned)
        {
            failed.Add("HLJ-BASE-COMMITMENT");
        }

        if (a.PreviouslySupportedAsProvincialBase)
        {
            failed.Add("HLJ-BASE-NO-DOUBLE-SUPPORT");
        }

        if (a.RuralDemonstrationFunding is { Funded: true } f && (f.NationalAcceptanceDate is not { } d || d > new DateOnly(2020, 10, 31)))
        {
            failed.Add("HLJ-BASE-RURAL-PROJECT");
        }

        return failed;
    }

    internal static SharedBaseApplication Application(bool eligible) => new()
    {
        BaseName = "基准基地",
        City = "哈尔滨市",
        Operator = new BaseOperator { Name = "基准运营公司", IsLegalEntity = true, OperationStartDate = new DateOnly(eligible ? 2021 : 2022, 6, 1) },
        BuildingArea = Area.FromSquareMetres(eligible ? 2400 : 1800),
        Monthly2022 = [.. Enumerable.Range(1, 12).Select(m => new MonthlyOccupancy { Month = new YearMonth(2022, m), Tenants = eligible ? 12 : 8, LiveRooms = eligible ? 11 : 9 })],
        OnlineRetail2022 = Money.FromWan(eligible ? 3200 : 2900),
        Investments = ImmutableArray.Create(new Investment { Date = new DateOnly(2021, 5, 1), Amount = Money.FromWan(eligible ? 600 : 400) }),
        AuditReport = new AuditReport { Provided = true, FirmQualified = true, CoversInvestment = true, CoversOnlineRetail = eligible },
        AuthenticityCommitmentSigned = true,
        PreviouslySupportedAsProvincialBase = !eligible,
    };
}
