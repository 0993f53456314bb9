using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// The fact that starts an evaluation: one application (the facts of one rule set) as of one date. Insert it into a
/// session of a factory compiled from <see cref="LiveCommerceRuleRepository"/>; every clause of
/// <see cref="RuleSet"/> then inserts its <see cref="ClauseFinding"/>, and the rule-set rule a <see cref="RuleSetOutcome"/>.
/// </summary>
/// <remarks>
/// A class, not a record: NRules tells facts apart by equality, and two applications with equal facts are still two.
/// An application is one evaluation: insert it into one session. Its clause rules also hand their findings to it, so
/// that the rule-set rule concludes from them without a Rete aggregate of every finding (which cost most of a session).
/// </remarks>
/// <typeparam name="TFacts">The facts type of the rule set.</typeparam>
public sealed class Application<TFacts>
    where TFacts : class
{
    // The findings the clause rules made about this application, by clause order (Clause.Order); null until made.
    private readonly Finding?[] findings;

    /// <summary>Creates the application fact.</summary>
    /// <param name="ruleSet">The rule set the facts are for (its parameters are those the rules were compiled with).</param>
    /// <param name="facts">Valid facts: <see cref="RuleSet{TFacts}.Validate"/> accepts them.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    public Application(RuleSet<TFacts> ruleSet, TFacts facts, DateOnly asOf)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        AsOf = asOf;
        findings = new Finding?[ruleSet.Clauses.Length];
    }

    /// <summary>The rule set the facts are for.</summary>
    public RuleSet<TFacts> RuleSet { get; }

    /// <summary>The facts.</summary>
    public TFacts Facts { get; }

    /// <summary>The date to evaluate as of.</summary>
    public DateOnly AsOf { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{RuleSet} as of {AsOf:yyyy-MM-dd}";

    // Called by a clause rule with the finding it inserts: a clause that fires again (the application updated) replaces it.
    internal Finding Made(Clause<TFacts> clause, Finding finding) => findings[clause.Order] = finding;

    // Called by the rule-set rule, which fires after every clause rule (lower priority): one finding per clause.
    internal Finding[] Findings()
    {
        var made = new Finding[findings.Length];
        for (int i = 0; i < findings.Length; i++)
        {
            made[i] = findings[i] ?? throw new InvalidOperationException($"{RuleSet.Clauses[i]} has no finding about {this}: the rule-set rule fired before its clause rule.");
        }

        return made;
    }
}

/// <summary>A clause's finding about one application, as a fact your rules can match (outcome, measured value, amounts).</summary>
/// <param name="Application">The <see cref="Application{TFacts}"/> fact the finding is about.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="Finding">The finding, exactly as the core engine makes it.</param>
public sealed record ClauseFinding(object Application, string RuleSetId, Finding Finding)
{
    /// <summary>The clause's rule id, such as <c>HLJ-BASE-TENANTS</c>.</summary>
    public string RuleId => Finding.RuleId;

    /// <summary>The finding's outcome.</summary>
    public Outcome Outcome => Finding.Outcome;
}

/// <summary>The rule set's conclusion about one application, inserted once every clause has its finding.</summary>
/// <param name="Application">The <see cref="Application{TFacts}"/> fact.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="Report">The report: the same as the core engine's for the same facts, parameters and date.</param>
public sealed record RuleSetOutcome(object Application, string RuleSetId, Report Report)
{
    /// <summary>The report's outcome.</summary>
    public ReportOutcome Outcome => Report.Outcome;
}
