namespace LiveCommerce.Rules.Engine;

/// <summary>
/// What a rule decided, without any text: the outcome and the numbers behind it. A rule decides once; the report's
/// finding and the fast path (<see cref="RuleSet{TFacts}.IsMet"/>) are both read from this value, so they cannot drift.
/// </summary>
/// <remarks>
/// The measured quantity is held as its value and unit, not as a <see cref="Quantity"/>: the JIT builds a struct that
/// nests a decimal-bearing struct in a zeroed temporary and copies it whole, which cost every rule about 8 ns on the fast
/// path (one flag rule: 4 → 11 ns), while it writes plain fields straight into the caller's value (see benchmarks/README.md).
/// </remarks>
internal readonly struct Decision
{
    private readonly decimal measuredValue;
    private readonly Unit measuredUnit;
    private readonly bool hasMeasured;

    /// <summary>Creates a decision.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="measured">What was measured, when the rule compares a number.</param>
    /// <param name="required">The threshold the measured value was held to.</param>
    /// <param name="amount">An amount the rule computed, if any.</param>
    /// <param name="workings">What the rule worked out on the way (a goal row's progress of each goal, a measure's cap),
    /// kept for its own texts so that reading them does not decide again; never part of the outcome.</param>
    public Decision(Outcome outcome, Quantity? measured = null, Threshold? required = null, ComputedAmount? amount = null, object? workings = null)
    {
        Outcome = outcome;
        if (measured is { } m)
        {
            measuredValue = m.Value;
            measuredUnit = m.Unit;
            hasMeasured = true;
        }

        Required = required;
        Amount = amount;
        Workings = workings;
    }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>What was measured, when the rule compares a number.</summary>
    public Quantity? Measured => hasMeasured ? new Quantity(measuredValue, measuredUnit) : null;

    /// <summary>The threshold the measured value was held to.</summary>
    public Threshold? Required { get; }

    /// <summary>An amount the rule computed, if any.</summary>
    public ComputedAmount? Amount { get; }

    /// <summary>What the rule worked out on the way, for its own texts; never part of the outcome.</summary>
    public object? Workings { get; }

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
