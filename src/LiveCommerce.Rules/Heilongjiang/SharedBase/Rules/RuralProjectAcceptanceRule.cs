using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑨国家电子商务进农村综合示范县专项资金扶持的项目应于2020年10月31日前经国家项目验收合格完成后方可申报.</summary>
/// <remarks>"X日前" is read as on or before X (catalog §0.5). Not applicable to bases without such funding.</remarks>
internal sealed class RuralProjectAcceptanceRule() : Rule<SharedBaseApplication>(SharedBaseClauses.RuralProject)
{
    /// <summary>The latest acceptance date, inclusive.</summary>
    public static readonly DateOnly LatestAcceptance = new(2020, 10, 31);

    private static readonly LocalizedText NotFunded = new("未获国家电子商务进农村综合示范县专项资金扶持,本条不适用", "Not funded by the national rural e-commerce demonstration county programme: not applicable");
    private static readonly LocalizedText NotAccepted = new("获专项资金扶持的项目尚未通过国家项目验收", "The funded project has not passed national acceptance");

    public override Finding Evaluate(SharedBaseApplication facts, DateOnly asOf)
    {
        if (facts.RuralDemonstrationFunding is not { Funded: true } funding)
        {
            return With(Outcome.NotApplicable, NotFunded);
        }

        return funding.NationalAcceptanceDate switch
        {
            null => Flag(false, NotAccepted),
            { } date when date <= LatestAcceptance => Flag(true, () => Text.Of($"国家项目验收合格日期 {date:yyyy-MM-dd},不晚于 2020-10-31", $"National acceptance passed on {date:yyyy-MM-dd}, on or before 2020-10-31")),
            { } date => Flag(false, () => Text.Of($"国家项目验收合格日期 {date:yyyy-MM-dd},晚于 2020-10-31", $"National acceptance passed on {date:yyyy-MM-dd}, after 2020-10-31")),
        };
    }

    public override bool Passes(SharedBaseApplication facts, DateOnly asOf) =>
        facts.RuralDemonstrationFunding is not { Funded: true } funding
        || (funding.NationalAcceptanceDate is { } date && date <= LatestAcceptance);
}
