using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑥基地电商投资额和电子商务企业网络零售额需具有审计资格的会计师事务所出具的专项审计报告.</summary>
internal sealed class AuditReportRule() : Rule<SharedBaseApplication>(SharedBaseClauses.Audit)
{
    private static readonly LocalizedText Qualifies = new("已提供具有审计资格的会计师事务所出具的专项审计报告,覆盖投资额和网络零售额", "A qualified firm's special audit report covering investment and online retail is provided");

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf) =>
        Flag(facts.AuditReport is { Provided: true, FirmQualified: true, CoversInvestment: true, CoversOnlineRetail: true });

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        decision.Outcome == Outcome.Met ? Qualifies : Shortcomings(facts.AuditReport);

    private static LocalizedText Shortcomings(AuditReport a)
    {
        var missing = new List<LocalizedText>();
        if (!a.Provided)
        {
            missing.Add(new LocalizedText("未提供专项审计报告", "no special audit report is provided"));
        }
        else
        {
            if (!a.FirmQualified)
            {
                missing.Add(new LocalizedText("出具报告的会计师事务所不具有审计资格", "the issuing firm is not qualified to audit"));
            }

            if (!a.CoversInvestment)
            {
                missing.Add(new LocalizedText("报告未覆盖基地电商投资额", "the report does not cover the base's e-commerce investment"));
            }

            if (!a.CoversOnlineRetail)
            {
                missing.Add(new LocalizedText("报告未覆盖电子商务企业网络零售额", "the report does not cover the enterprises' online retail"));
            }
        }

        return new LocalizedText("专项审计报告不符合要求:" + string.Join(";", missing.Select(m => m.ZhCn)), "The special audit report does not qualify: " + string.Join("; ", missing.Select(m => m.En)));
    }
}
