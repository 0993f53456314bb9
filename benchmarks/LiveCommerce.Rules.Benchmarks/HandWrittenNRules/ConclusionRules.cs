using LiveCommerce.Rules.Engine;
using NRules.Fluent.Dsl;

namespace LiveCommerce.Rules.Benchmarks.HandWrittenNRules;

// The conclusion as an NRules user would write it beside the clause rules: below their priority, an applicant without a
// failing verdict is eligible, one with a failing verdict is not. With these two rules the floor concludes, as the
// generated rule set's rule-set rule does, so the two can be compared like for like.

/// <summary>What the concluding rules insert: whether the applicant meets every clause.</summary>
public sealed class Conclusion(Applicant applicant, bool eligible)
{
    public Applicant Applicant { get; } = applicant;

    public bool Eligible { get; } = eligible;
}

[Name("hlj-shared-base: eligible"), Description("符合申报条件"), Priority(-100)]
public sealed class EligibleRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When()
            .Match(() => applicant)
            .Not<ClauseVerdict>(v => v.Applicant == applicant, v => Fails(v.Outcome));
        Then().Do(ctx => ctx.Insert(new Conclusion(applicant, true)));
    }

    internal static bool Fails(Outcome outcome) => outcome is not (Outcome.Met or Outcome.NotApplicable or Outcome.Warning);
}

[Name("hlj-shared-base: not eligible"), Description("不符合申报条件"), Priority(-100)]
public sealed class IneligibleRule : Rule
{
    public override void Define()
    {
        Applicant applicant = null!;
        When()
            .Match(() => applicant)
            .Exists<ClauseVerdict>(v => v.Applicant == applicant, v => EligibleRule.Fails(v.Outcome));
        Then().Do(ctx => ctx.Insert(new Conclusion(applicant, false)));
    }
}
