using LiveCommerce.Rules.Engine;
using NRules.Fluent.Dsl;

namespace LiveCommerce.Rules.NRules.Sample;

/// <summary>What the integrator's rule inserts: a case to follow up a failed clause.</summary>
/// <param name="RuleId">The failed clause.</param>
/// <param name="Explanation">The finding's explanation, in Chinese, for the case file.</param>
public sealed record CaseOpened(string RuleId, string Explanation);

/// <summary>What the integrator's rule inserts: an application the rule set found not met goes to review.</summary>
/// <param name="Application">The application fact.</param>
/// <param name="FailedClauses">How many clauses were not met.</param>
public sealed record ReviewRequested(object Application, int FailedClauses);

/// <summary>A city bureau's rule: open a case when a base fails ③ (the monthly mean of resident e-commerce enterprises).</summary>
[Name("Open a case when a base fails ③")]
[Tag("hlj-shared-base")]
public sealed class OpenCaseWhenTenantsNotMet : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ClauseFinding finding = null!;
        When().Match(() => finding, f => f.RuleId == "HLJ-BASE-TENANTS" && f.Outcome == Outcome.NotMet);
        Then().Do(ctx => ctx.Insert(new CaseOpened(finding.RuleId, finding.Finding.Message.ZhCn)));
    }
}

/// <summary>A city bureau's rule on the rule set's conclusion: route a not-met application to review.</summary>
[Name("Review an application that is not met")]
public sealed class ReviewWhenNotMet : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        RuleSetOutcome outcome = null!;
        When().Match(() => outcome, o => o.Outcome == ReportOutcome.NotMet);
        Then().Do(ctx => ctx.Insert(new ReviewRequested(outcome.Application, outcome.Report.Findings.Count(f => f.Outcome == Outcome.NotMet))));
    }
}
