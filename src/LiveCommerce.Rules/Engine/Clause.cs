namespace LiveCommerce.Rules.Engine;

/// <summary>
/// One rule of a rule set as a decision another engine can call on its own (the NRules rule set calls it from each
/// generated rule): the same object the rule set evaluates, with the thresholds it was built with, so no number,
/// comparison or citation exists twice.
/// </summary>
/// <typeparam name="TFacts">The facts the rule reads.</typeparam>
/// <remarks>Immutable and thread-safe, like the rule set it comes from.</remarks>
public sealed class Clause<TFacts>
    where TFacts : class
{
    private readonly Rule<TFacts> rule;

    internal Clause(Rule<TFacts> rule, int order)
    {
        this.rule = rule;
        Order = order;
    }

    /// <summary>The rule's id, citation, severity and comparison.</summary>
    public RuleDescriptor Descriptor => rule.Descriptor;

    /// <summary>The rule's position in the rule set (clause order, from 0): the report lists findings in this order.</summary>
    public int Order { get; }

    /// <summary>Evaluates the rule on valid facts, exactly as <see cref="RuleSet{TFacts}.Evaluate"/> does.</summary>
    /// <param name="facts">Facts that <see cref="RuleSet{TFacts}.Validate"/> accepted.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    public Finding Evaluate(TFacts facts, DateOnly asOf) => rule.Evaluate(facts, asOf);

    /// <inheritdoc/>
    public override string ToString() => Descriptor.Id;
}
