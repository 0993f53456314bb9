namespace LiveCommerce.Rules.Engine;

/// <summary>
/// What a rule decided, without any text: the outcome and the numbers behind it. A rule decides once; the report's
/// finding and the fast path (<see cref="RuleSet{TFacts}.IsMet"/>) are both read from this value, so they cannot drift.
/// </summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Measured">What was measured, when the rule compares a number.</param>
/// <param name="Required">The threshold the measured value was held to.</param>
/// <param name="Amount">An amount the rule computed, if any.</param>
/// <param name="Workings">What the rule worked out on the way (a goal row's progress of each goal, a measure's cap), kept
/// for its own texts so that reading them does not decide again; never part of the outcome.</param>
internal readonly record struct Decision(Outcome Outcome, Quantity? Measured = null, Threshold? Required = null, ComputedAmount? Amount = null, object? Workings = null)
{
    /// <summary>Whether the decision lets the report be met: met, a 原则上 warning, or not applicable. A rule that could not
    /// be checked (a missing parameter, evidence not yet due) does not.</summary>
    public bool Passes => Outcome is Outcome.Met or Outcome.Warning or Outcome.NotApplicable;

    /// <summary>Not applicable, with nothing measured.</summary>
    public static Decision NotApplicable { get; } = new(Outcome.NotApplicable);

    /// <summary>Not evaluated (a missing parameter, or not yet due), with nothing measured.</summary>
    public static Decision NotEvaluated { get; } = new(Outcome.NotEvaluated);
}

/// <summary>The texts of a finding, formatted from its decision and facts on first read.</summary>
internal interface IFindingTexts
{
    /// <summary>The explanation of <paramref name="decision"/>, or <see langword="null"/> when the message says it all.</summary>
    LocalizedText? Explain(object facts, DateOnly asOf, in Decision decision);

    /// <summary>Supporting notes of <paramref name="decision"/> (which months counted, and why).</summary>
    System.Collections.Immutable.ImmutableArray<LocalizedText> Describe(object facts, DateOnly asOf, in Decision decision);
}
