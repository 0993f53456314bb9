using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑦企业申报材料真实性承诺书.</summary>
internal sealed class CommitmentLetterRule() : Rule<SharedBaseApplication>(SharedBaseClauses.Commitment)
{
    private static readonly LocalizedText Signed = new("已签署申报材料真实性承诺书", "The authenticity commitment letter is signed");
    private static readonly LocalizedText NotSigned = new("未签署申报材料真实性承诺书", "The authenticity commitment letter is not signed");

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf) => Flag(facts.AuthenticityCommitmentSigned);

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        facts.AuthenticityCommitmentSigned ? Signed : NotSigned;
}
