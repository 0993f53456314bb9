using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑦企业申报材料真实性承诺书.</summary>
internal sealed class CommitmentLetterRule() : Rule<SharedBaseApplication>(SharedBaseClauses.Commitment)
{
    private static readonly LocalizedText Signed = new("已签署申报材料真实性承诺书", "The authenticity commitment letter is signed");
    private static readonly LocalizedText NotSigned = new("未签署申报材料真实性承诺书", "The authenticity commitment letter is not signed");

    public override Finding Evaluate(SharedBaseApplication facts, DateOnly asOf) =>
        facts.AuthenticityCommitmentSigned ? Flag(true, Signed) : Flag(false, NotSigned);

    public override bool Passes(SharedBaseApplication facts, DateOnly asOf) => facts.AuthenticityCommitmentSigned;
}
