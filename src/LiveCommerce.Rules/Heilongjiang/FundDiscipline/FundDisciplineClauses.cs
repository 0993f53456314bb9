using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.FundDiscipline;

/// <summary>The fund clauses both Heilongjiang 2022 plans share, verbatim: the unspent balance (加强组织领导), the blacklist for
/// fraud and the special performance-evaluation report (做好资金管理).</summary>
internal static class FundDisciplineClauses
{
    /// <summary>The catalog id; the same id serves every programme that applies the rule.</summary>
    public const string BlacklistId = "HLJ-ACT-TARGET-BLACKLIST";

    /// <summary>The clause as it reads in both documents (助企行动 六、(三); 共享基地 七、(三)).</summary>
    public const string BlacklistClause =
        "对申报单位虚报申报材料,骗取、冒领财政补助资金,一旦发现将取消申报资格,并追缴违规所得资金,申报单位列入黑名单,五年之内不得再申请财政相关补助";

    /// <summary>The blacklist rule as the enterprise-assistance action states it (六、(三) 做好资金管理).</summary>
    public static readonly RuleDescriptor EnterpriseAssistance = Describe(HeilongjiangDocuments.EnterpriseAssistanceAction, "六、(三)");

    /// <summary>The blacklist rule as the shared-base demonstration states it (七、(三) 做好资金管理).</summary>
    public static readonly RuleDescriptor SharedBase = Describe(HeilongjiangDocuments.SharedBaseDemonstration, "七、(三)");

    /// <summary>
    /// 对未按时完成项目资金结算的,结余资金按照财政的有关规定缴回省级财政, as both documents state it (助企行动 六、(一);
    /// 共享基地 七、(一)), under each programme's own catalog id.
    /// </summary>
    public static RuleDescriptor UnspentReturned(SourceDocument document, string id, string section) => document.Clause(
        id, "结余资金缴回省级财政", "Unspent balance returned to the province",
        section, "对未按时完成项目资金结算的,结余资金按照财政的有关规定缴回省级财政",
        "Where project funds were not settled on time, the balance is returned to the provincial budget; nothing recorded: not applicable.");

    /// <summary>
    /// 对已完成的项目要及时做出绩效评价,并形成专项绩效评价报告, as both documents state it (助企行动 六、(三); 共享基地 七、(三),
    /// and 六、(三)8 for the bases accepted), under each programme's own catalog id.
    /// </summary>
    public static FlagClause PerformanceReport(SourceDocument document, string id, string section) => document.Clause(
            id, "专项绩效评价报告", "Special performance-evaluation report",
            section, "对已完成的项目要及时做出绩效评价,并形成专项绩效评价报告",
            "The city evaluates the performance of the completed projects and draws up a special performance-evaluation report; not recorded: not applicable.")
        .Answered(
            met: new("已做出绩效评价并形成专项绩效评价报告", "The performance evaluation is made and its special report drawn up"),
            notMet: new("未形成专项绩效评价报告", "No special performance-evaluation report is drawn up"),
            notRecorded: new("未记录是否形成专项绩效评价报告", "Whether a special performance-evaluation report is drawn up is not recorded"));

    private static RuleDescriptor Describe(SourceDocument document, string section) => document.Clause(
        BlacklistId, "黑名单(五年之内不得再申请财政相关补助)", "Blacklist (no fiscal subsidy application within five years)",
        section, BlacklistClause,
        "An applicant blacklisted for fraud may not apply for fiscal subsidies within five years of the blacklisting date; the fifth anniversary itself is still within the five years (之内 includes the number, Civil Code art. 1259).");
}
