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

    /// <summary>Creates the application fact from facts that <paramref name="ruleSet"/> accepts.</summary>
    /// <param name="ruleSet">The rule set the facts are for (its parameters are those the rules were compiled with).</param>
    /// <param name="facts">The facts; validated here, so that no rule of a session meets invalid facts.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <exception cref="FactsValidationException">The facts are invalid; the exception lists every problem with its JSON path.</exception>
    public Application(RuleSet<TFacts> ruleSet, TFacts facts, DateOnly asOf)
        : this(ruleSet, facts, asOf, validated: false)
    {
    }

    // validated: the caller has just had ruleSet validate these very facts (NRulesEvaluator), so they are not validated again.
    internal Application(RuleSet<TFacts> ruleSet, TFacts facts, DateOnly asOf, bool validated)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        if (!validated && ruleSet.Validate(facts) is { IsValid: false } problems)
        {
            throw new FactsValidationException(problems);
        }

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

    // The report the rule-set rule concluded (also inserted as a RuleSetOutcome); null until it fired.
    internal Report? Report { get; private set; }

    // Called by the rule-set rule with the report it inserts, so the evaluator reads it without querying the session.
    internal Report Concluded(Report report) => Report = report;

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
/// <remarks>
/// A class with reference identity, not a record: NRules identifies a fact by <see cref="object.Equals(object)"/> and
/// <see cref="object.GetHashCode"/> on every insert, and a record would hash all its members each time.
/// </remarks>
public sealed class ClauseFinding
{
    /// <summary>Creates the fact.</summary>
    /// <param name="application">The <see cref="Application{TFacts}"/> fact the finding is about.</param>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <param name="finding">The finding, exactly as the core engine makes it.</param>
    public ClauseFinding(object application, string ruleSetId, Finding finding)
    {
        Application = application ?? throw new ArgumentNullException(nameof(application));
        RuleSetId = ruleSetId ?? throw new ArgumentNullException(nameof(ruleSetId));
        Finding = finding ?? throw new ArgumentNullException(nameof(finding));
    }

    /// <summary>The <see cref="Application{TFacts}"/> fact the finding is about.</summary>
    public object Application { get; }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>The finding, exactly as the core engine makes it.</summary>
    public Finding Finding { get; }

    /// <summary>The clause's rule id, such as <c>HLJ-BASE-TENANTS</c>.</summary>
    public string RuleId => Finding.RuleId;

    /// <summary>The finding's outcome.</summary>
    public Outcome Outcome => Finding.Outcome;

    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} {Outcome} ({Application})";
}

/// <summary>The rule set's conclusion about one application, inserted once every clause has its finding.</summary>
/// <remarks>A class with reference identity, for the reason given on <see cref="ClauseFinding"/>.</remarks>
public sealed class RuleSetOutcome
{
    /// <summary>Creates the fact.</summary>
    /// <param name="application">The <see cref="Application{TFacts}"/> fact.</param>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <param name="report">The report: the same as the core engine's for the same facts, parameters and date.</param>
    public RuleSetOutcome(object application, string ruleSetId, Report report)
    {
        Application = application ?? throw new ArgumentNullException(nameof(application));
        RuleSetId = ruleSetId ?? throw new ArgumentNullException(nameof(ruleSetId));
        Report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <summary>The <see cref="Application{TFacts}"/> fact.</summary>
    public object Application { get; }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>The report: the same as the core engine's for the same facts, parameters and date.</summary>
    public Report Report { get; }

    /// <summary>The report's outcome.</summary>
    public ReportOutcome Outcome => Report.Outcome;

    /// <inheritdoc/>
    public override string ToString() => $"{RuleSetId} {Outcome} ({Application})";
}
