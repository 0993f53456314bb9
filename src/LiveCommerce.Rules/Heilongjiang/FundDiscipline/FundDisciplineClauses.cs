using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.FundDiscipline;

/// <summary>The fund clauses both Heilongjiang 2022 plans share, verbatim: the local plans and the unspent balance
/// (加强组织领导), the blacklist for fraud, earmarked use and the special performance-evaluation report (做好资金管理).</summary>
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

    /// <summary>
    /// 要确保资金专款专用,严禁挤占、截留、挪用, as both documents state it (助企行动 六、(三); 共享基地 七、(三), 做好资金管理), under
    /// each programme's own catalog id.
    /// </summary>
    public static FlagClause EarmarkedUse(SourceDocument document, string id, string section) => document.Clause(
            id, "资金专款专用", "Funds used only for their purpose",
            section, "要确保资金专款专用,严禁挤占、截留、挪用",
            "The city uses the special funds only for their purpose: nothing appropriated, withheld or diverted (挤占、截留、挪用); a finding of any is not met; not recorded: not applicable.")
        .Answered(
            met: new("专项资金专款专用,无挤占、截留、挪用", "The special funds were used only for their purpose, nothing appropriated, withheld or diverted"),
            notMet: new("专项资金存在挤占、截留或挪用", "The special funds were appropriated, withheld or diverted"),
            notRecorded: new("未记录专项资金是否专款专用", "Whether the special funds were used only for their purpose is not recorded"));

    /// <summary>
    /// 各市(地)商务局要积极与当地财政部门沟通,抓紧制定本地区…实施方案和专项资金使用管理方案 (加强组织领导), in the words of
    /// <paramref name="clause"/>: both plans are needed, so the rule reads the two records together (<see cref="RecordedFlags.Both"/>).
    /// </summary>
    public static FlagClause LocalPlans(SourceDocument document, string id, string section, string clause) => document.Clause(
            id, "本地区实施方案和专项资金使用管理方案", "Local implementation plan and special-fund management plan",
            section, clause,
            "The city draws up its local implementation plan and its special-fund management plan; either missing: not met; either not recorded (and neither missing): not applicable.")
        .Answered(
            met: new("已制定本地区实施方案和专项资金使用管理方案", "The local implementation plan and the special-fund management plan are drawn up"),
            notMet: new("未制定本地区实施方案或专项资金使用管理方案(两者均须制定)", "The local implementation plan or the special-fund management plan is not drawn up (both are needed)"),
            notRecorded: new("未记录是否制定本地区实施方案和专项资金使用管理方案", "Whether the local implementation plan and the special-fund management plan are drawn up is not recorded"));

    private static RuleDescriptor Describe(SourceDocument document, string section) => document.Clause(
        BlacklistId, "黑名单(五年之内不得再申请财政相关补助)", "Blacklist (no fiscal subsidy application within five years)",
        section, BlacklistClause,
        "An applicant blacklisted for fraud may not apply for fiscal subsidies within five years of the blacklisting date; the fifth anniversary itself is still within the five years (之内 includes the number, Civil Code art. 1259).");
}
