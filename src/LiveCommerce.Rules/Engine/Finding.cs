using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace LiveCommerce.Rules.Engine;

/// <summary>What one rule decided about one set of facts, and why.</summary>
/// <remarks>
/// <para>A finding is data: the rule id and citation, the outcome, the measured value and the threshold it was held
/// to, any amount computed (always a cap where the source says 最高/不超过), and notes (for example, which months
/// counted). The explanation, the notes and the message in zh-CN and en are formatted from that data on first read, so
/// evaluating is cheap.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Finding
{
    // Explanations and notes are formatted on first read: evaluating builds the decision (outcome, measured value,
    // threshold, citation) and defers the string formatting most callers of the fast paths never read.
    private LocalizedText? explanation;
    private LocalizedText[]? notes;
    private readonly IFindingTexts? texts;
    private readonly object? facts;
    private readonly object? workings;
    private readonly DateOnly asOf;
    private bool explained;

    internal Finding(
        RuleDescriptor rule,
        Outcome outcome,
        Quantity? measured,
        Threshold? required,
        LocalizedText? explanation = null,
        ImmutableArray<LocalizedText> notes = default,
        ComputedAmount? amount = null)
    {
        Rule = rule;
        Outcome = outcome;
        Measured = measured;
        Required = required;
        this.explanation = explanation;
        this.notes = notes.IsDefault ? [] : ImmutableCollectionsMarshal.AsArray(notes);
        Amount = amount;
    }

    /// <summary>The finding of <paramref name="decision"/>: its texts are formatted by <paramref name="texts"/> on first read.</summary>
    /// <remarks>No delegate or closure is allocated: the finding keeps the facts and asks the rule for its texts.</remarks>
    internal Finding(RuleDescriptor rule, in Decision decision, IFindingTexts texts, object facts, DateOnly asOf)
    {
        Rule = rule;
        Outcome = decision.Outcome;
        Measured = decision.Measured;
        Required = decision.Required;
        Amount = decision.Amount;
        workings = decision.Workings;
        this.texts = texts;
        this.facts = facts;
        this.asOf = asOf;
    }

    /// <summary>The rule that produced the finding.</summary>
    [JsonIgnore]
    public RuleDescriptor Rule { get; }

    /// <summary>The rule id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The decision, without its texts.</summary>
    internal Decision Decision => new(Outcome, Measured, Required, Amount, workings);

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>How binding the rule is.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>What was measured, when the rule compares a number.</summary>
    public Quantity? Measured { get; }

    /// <summary>The threshold the measured value was held to.</summary>
    public Threshold? Required { get; }

    /// <summary>An explanation for rules that do not compare a single number (flags, rankings).</summary>
    /// <remarks>Formatted on first read.</remarks>
    [JsonIgnore]
    public LocalizedText? Explanation
    {
        get
        {
            // A benign race: two readers may both format; each publishes an equal, fully built text.
            LocalizedText? e = explanation;
            if (e is null && texts is not null && !explained)
            {
                e = texts.Explain(facts!, asOf, Decision);
                explanation = e;
                explained = true;
            }

            return e;
        }
    }

    /// <summary>Supporting detail, such as which months counted and why.</summary>
    /// <remarks>Formatted on first read.</remarks>
    public ImmutableArray<LocalizedText> Notes
    {
        get
        {
            LocalizedText[]? n = notes;
            if (n is null)
            {
                n = ImmutableCollectionsMarshal.AsArray(texts!.Describe(facts!, asOf, Decision)) ?? [];
                notes = n;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(n);
        }
    }

    /// <summary>An amount the rule computed, if any.</summary>
    public ComputedAmount? Amount { get; }

    /// <summary>The clause the rule encodes.</summary>
    public Citation Citation => Rule.Citation;

    /// <summary>The message in zh-CN and en: "建筑面积 1,850 m²,低于要求的不少于 2,000 m²".</summary>
    public LocalizedText Message => FindingMessages.Compose(this);

    /// <summary>Whether the outcome fails the evaluation (a mandatory requirement not met).</summary>
    [JsonIgnore]
    public bool IsFailure => Outcome == Outcome.NotMet;

    /// <summary>Formats as <c>HLJ-BASE-AREA NotMet: message</c>.</summary>
    public override string ToString() => $"{RuleId} {Outcome}: {Message.ZhCn}";
}

/// <summary>Kinds of computed amount.</summary>
public enum AmountKind
{
    /// <summary>The most that may be paid (最高 / 不超过 / 不高于): never an entitlement.</summary>
    Cap,

    /// <summary>An amount measured from the facts (for example an average actually paid).</summary>
    Measured,

    /// <summary>The amount a clause fixes (a subsidy standard, a yearly commitment): neither a ceiling nor a minimum.</summary>
    Standard,
}

/// <summary>An amount of money a rule computed, with the formula and its numbers.</summary>
/// <remarks>Immutable. A rule's own amounts format their formula on first read, so the fast path
/// (<see cref="RuleSet{TFacts}.IsMet"/>), which decides but never reads a formula, does not pay for the text.</remarks>
public sealed record ComputedAmount
{
    private readonly IFormula? source;
    private string? formula;

    /// <summary>Creates an amount.</summary>
    /// <param name="Kind">A cap, a measured amount, or a standard.</param>
    /// <param name="Label">What the amount is.</param>
    /// <param name="Value">The amount.</param>
    /// <param name="Formula">The formula with its numbers, such as "¥10,000,000.00 ÷ 4 = ¥2,500,000.00".</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1725:Parameter names should match base declaration", Justification = "The names of the former positional record, kept for named arguments.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The names of the former positional record, kept for named arguments.")]
    public ComputedAmount(AmountKind Kind, LocalizedText Label, Primitives.Money Value, string Formula)
    {
        this.Kind = Kind;
        this.Label = Label;
        this.Value = Value;
        this.Formula = Formula;
    }

    /// <summary>An amount whose formula <paramref name="formula"/> formats when it is first read (it must be pure).</summary>
    internal ComputedAmount(AmountKind kind, LocalizedText label, Primitives.Money value, IFormula formula)
    {
        Kind = kind;
        Label = label;
        Value = value;
        source = formula;
    }

    /// <summary>An amount whose formula is formatted (invariant culture) when it is first read.</summary>
    internal static ComputedAmount Formatted(AmountKind kind, LocalizedText label, Primitives.Money value, FormattableString formula) =>
        new(kind, label, value, new InvariantFormula(formula));

    /// <summary>An amount whose formula is <paramref name="prefix"/> followed by the amount itself (invariant culture),
    /// such as <c>最高 ¥500,000.00</c>, formatted when it is first read: one object where a formattable string needs four (itself,
    /// its argument array, the boxed amount and its holder).</summary>
    internal static ComputedAmount Prefixed(AmountKind kind, LocalizedText label, Primitives.Money value, string prefix) =>
        new(kind, label, value, new PrefixedFormula(prefix, value));

    /// <summary>A cap, a measured amount, or a standard.</summary>
    public AmountKind Kind { get; init; }

    /// <summary>What the amount is.</summary>
    public LocalizedText Label { get; init; }

    /// <summary>The amount.</summary>
    public Primitives.Money Value { get; init; }

    /// <summary>The formula with its numbers, such as "¥10,000,000.00 ÷ 4 = ¥2,500,000.00".</summary>
    public string Formula
    {
        get => formula ??= source!.Formula; // racing readers format equal strings: the source is pure
        init => formula = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Deconstructs the amount into its four parts.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The names of the former positional record.")]
    public void Deconstruct(out AmountKind Kind, out LocalizedText Label, out Primitives.Money Value, out string Formula)
    {
        Kind = this.Kind;
        Label = this.Label;
        Value = this.Value;
        Formula = this.Formula;
    }

    /// <inheritdoc/>
    public bool Equals(ComputedAmount? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Kind == other.Kind && Label == other.Label && Value == other.Value && string.Equals(Formula, other.Formula, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Label, Value, Formula);
}

/// <summary>Something that formats a formula with its numbers on demand (pure: the same text on every read).</summary>
internal interface IFormula
{
    /// <summary>The formula with its numbers.</summary>
    string Formula { get; }
}

/// <summary>A formula held as its format and numbers, formatted with the invariant culture when first read.</summary>
internal sealed class InvariantFormula(FormattableString formula) : IFormula
{
    /// <inheritdoc/>
    public string Formula => formula.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A formula that is a fixed text followed by one amount, formatted with the invariant culture when first read.</summary>
internal sealed class PrefixedFormula(string prefix, Primitives.Money value) : IFormula
{
    /// <inheritdoc/>
    public string Formula => prefix + value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Something a reader of a report must know that is not a rule's finding: a deadline passed, a draft document.</summary>
/// <param name="Code">A stable code, such as <c>deadline-passed</c> or <c>draft-document</c>.</param>
/// <param name="Message">The notice in zh-CN and en.</param>
/// <param name="RuleId">The rule the notice concerns, if any.</param>
public sealed record Notice(string Code, LocalizedText Message, string? RuleId = null);

/// <summary>A deadline a rule set declares, reported as a notice once the as-of date is past it.</summary>
/// <param name="Date">The last day (X日前 is read as on or before X).</param>
/// <param name="Label">What is due.</param>
/// <param name="RuleId">The rule the deadline belongs to, if any.</param>
public sealed record Deadline(DateOnly Date, LocalizedText Label, string? RuleId = null);
