using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using NRules.Fluent.Dsl;

namespace LiveCommerce.Rules.Benchmarks.HandWrittenNRules;

// The shared-base applicant clauses as an NRules user would write them by hand: one rule class per clause, each
// matching the applicant and inserting its verdict. The thresholds are written into the rules, as a hand-written rule
// set has them; SharedBaseFloor.Check holds the verdicts to the core's on the benchmark data.

[Name("HLJ-BASE-IN-PROVINCE"), Description("黑龙江省内直播电商(电子商务)基地(园区)")]
public sealed class InProvinceRule : Rule
{
    private static readonly string[] Prefectures =
        ["哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "绥化", "大兴安岭"];

    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-IN-PROVINCE", IsInHeilongjiang(applicant.Facts.City))));
    }

    private static bool IsInHeilongjiang(string city)
    {
        string name = city.Trim();
        name = name.StartsWith("黑龙江省", StringComparison.Ordinal) ? name[4..] : name;
        name = name.EndsWith("地区", StringComparison.Ordinal) ? name[..^2] : name.EndsWith('市') ? name[..^1] : name;
        return Prefectures.Contains(name);
    }
}

[Name("HLJ-BASE-OPERATOR"), Description("具有法人资格的运营管理机构单位、正式投入运营1年以上")]
public sealed class OperatorRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(
            applicant,
            "HLJ-BASE-OPERATOR",
            applicant.Facts.Operator.IsLegalEntity && applicant.Facts.Operator.OperationStartDate.AddMonths(12) <= applicant.AsOf)));
    }
}

[Name("HLJ-BASE-AREA"), Description("建筑面积不少于2000平方米")]
public sealed class BuildingAreaRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-AREA", applicant.Facts.BuildingArea.SquareMetres >= 2000m)));
    }
}

[Name("HLJ-BASE-TENANTS"), Description("2022年1月1日至2022年12月31日期间月平均入驻电商企业数量不少于10家")]
public sealed class TenantsRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(Monthly.MeanAtLeast(applicant, "HLJ-BASE-TENANTS", 10, false)));
    }
}

[Name("HLJ-BASE-LIVE-ROOMS"), Description("2022年1月1日至2022年12月31日期间月平均……直播间数量不少于10间")]
public sealed class LiveRoomsRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(Monthly.MeanAtLeast(applicant, "HLJ-BASE-LIVE-ROOMS", 10, true)));
    }
}

[Name("HLJ-BASE-RETAIL"), Description("2022年1月1日至2022年12月31日期间网络零售额不低于3000万元")]
public sealed class OnlineRetailRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-RETAIL", applicant.Facts.OnlineRetail2022.Yuan >= 30_000_000m)));
    }
}

[Name("HLJ-BASE-INVESTMENT"), Description("2020年11月1日至2022年12月31日期间电商投资额不低于500万元")]
public sealed class InvestmentRule : Rule
{
    private static readonly DateOnly From = new(2020, 11, 1);
    private static readonly DateOnly To = new(2022, 12, 31);

    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-INVESTMENT", Total(applicant) >= 5_000_000m)));
    }

    // Only investments dated in the window, and not after the as-of date, count.
    private static decimal Total(Applicant applicant)
    {
        decimal total = 0m;
        foreach (Investment i in applicant.Facts.Investments)
        {
            if (i.Date >= From && i.Date <= To && i.Date <= applicant.AsOf)
            {
                total += i.Amount.Yuan;
            }
        }

        return total;
    }
}

[Name("HLJ-BASE-AUDIT"), Description("基地电商投资额和电子商务企业网络零售额需具有审计资格的会计师事务所出具的专项审计报告")]
public sealed class AuditReportRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(
            applicant,
            "HLJ-BASE-AUDIT",
            applicant.Facts.AuditReport.Provided && applicant.Facts.AuditReport.FirmQualified
            && applicant.Facts.AuditReport.CoversInvestment && applicant.Facts.AuditReport.CoversOnlineRetail)));
    }
}

[Name("HLJ-BASE-COMMITMENT"), Description("企业申报材料真实性承诺书")]
public sealed class CommitmentRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-COMMITMENT", applicant.Facts.AuthenticityCommitmentSigned)));
    }
}

[Name("HLJ-BASE-NO-DOUBLE-SUPPORT"), Description("已获得省级电子商务示范基地政策扶持的不再重复支持")]
public sealed class NoDoubleSupportRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-NO-DOUBLE-SUPPORT", !applicant.Facts.PreviouslySupportedAsProvincialBase)));
    }
}

[Name("HLJ-BASE-RURAL-PROJECT"), Description("国家电子商务进农村综合示范县专项资金扶持的项目应于2020年10月31日前经国家项目验收合格完成后方可申报")]
public sealed class RuralProjectRule : Rule
{
    private static readonly DateOnly LatestAcceptance = new(2020, 10, 31);

    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(applicant, "HLJ-BASE-RURAL-PROJECT", Verdict(applicant.Facts.RuralDemonstrationFunding))));
    }

    private static Outcome Verdict(RuralDemonstrationFunding? funding) => funding switch
    {
        not { Funded: true } => Outcome.NotApplicable,
        { NationalAcceptanceDate: { } date } when date <= LatestAcceptance => Outcome.Met,
        _ => Outcome.NotMet,
    };
}

[Name("HLJ-ACT-TARGET-BLACKLIST"), Description("申报单位列入黑名单,五年之内不得再申请财政相关补助")]
public sealed class BlacklistRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When().Match(() => applicant);
        Then().Do(ctx => ctx.Insert(new ClauseVerdict(
            applicant,
            "HLJ-ACT-TARGET-BLACKLIST",
            MayApply(applicant.Facts.BlacklistedOn, applicant.AsOf))));
    }

    // Barred from the blacklisting date to its fifth anniversary, both included.
    private static bool MayApply(DateOnly? blacklisted, DateOnly applied) =>
        blacklisted is not { } on || (on.Year <= 9994 && applied > on.AddYears(5));
}

/// <summary>③: the mean of the twelve monthly counts, decided exactly (sum against bound × months); a month not over on
/// the as-of date is not yet known, so the clause is not evaluated.</summary>
internal static class Monthly
{
    public static ClauseVerdict MeanAtLeast(Applicant applicant, string ruleId, int bound, bool liveRooms)
    {
        long sum = 0;
        foreach (MonthlyOccupancy m in applicant.Facts.Monthly2022)
        {
            if (m.Month.LastDay > applicant.AsOf)
            {
                return new ClauseVerdict(applicant, ruleId, Outcome.NotEvaluated);
            }

            sum += liveRooms ? m.LiveRooms : m.Tenants;
        }

        return new ClauseVerdict(applicant, ruleId, sum >= (long)bound * applicant.Facts.Monthly2022.Length);
    }
}
