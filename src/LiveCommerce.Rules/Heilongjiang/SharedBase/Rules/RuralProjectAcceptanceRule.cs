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

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf) =>
        facts.RuralDemonstrationFunding is not { Funded: true } funding
            ? Decision.NotApplicable
            : Flag(funding.NationalAcceptanceDate is { } date && date <= LatestAcceptance);

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        facts.RuralDemonstrationFunding?.NationalAcceptanceDate switch
        {
            _ when decision.Outcome == Outcome.NotApplicable => NotFunded,
            null => NotAccepted,
            { } date when date <= LatestAcceptance => Text.Of($"国家项目验收合格日期 {date:yyyy-MM-dd},不晚于 2020-10-31", $"National acceptance passed on {date:yyyy-MM-dd}, on or before 2020-10-31"),
            { } date => Text.Of($"国家项目验收合格日期 {date:yyyy-MM-dd},晚于 2020-10-31", $"National acceptance passed on {date:yyyy-MM-dd}, after 2020-10-31"),
        };
}
