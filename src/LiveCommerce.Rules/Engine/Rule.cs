using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace LiveCommerce.Rules.Engine;

/// <summary>
/// One clause as code: a small class that reads like the clause, with its citation beside it. A rule makes one decision
/// (<see cref="Decide"/>: outcome and numbers, no text); the report's finding and the fast path both come from it, and
/// the texts are formatted from the decision only when read.
/// </summary>
/// <typeparam name="TFacts">The facts the rule reads.</typeparam>
/// <remarks>Rules are immutable: thresholds are resolved from parameters when the rule set is built, so evaluation
/// reads no dictionary and uses no reflection. Implementations must be pure and thread-safe.</remarks>
internal abstract class Rule<TFacts> : IFindingTexts
{
    protected Rule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's one decision about <paramref name="facts"/> as of <paramref name="asOf"/>, without text.</summary>
    public abstract Decision Decide(TFacts facts, DateOnly asOf);

    /// <summary>The finding: the decision, with its texts formatted on first read.</summary>
    public Finding Evaluate(TFacts facts, DateOnly asOf) => new(Descriptor, Decide(facts, asOf), this, facts!, asOf);

    /// <summary>The fast path: whether the decision lets the report be met.</summary>
    public bool Passes(TFacts facts, DateOnly asOf) => Decide(facts, asOf).Passes;

    /// <summary>The explanation of a decision, for rules whose message alone does not say why (flags, rankings).</summary>
    protected virtual LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => null;

    /// <summary>Supporting notes of a decision (which months counted, and why).</summary>
    protected virtual ImmutableArray<LocalizedText> Describe(TFacts facts, DateOnly asOf, in Decision decision) => [];

    LocalizedText? IFindingTexts.Explain(object facts, DateOnly asOf, in Decision decision) => Explain((TFacts)facts, asOf, decision);

    ImmutableArray<LocalizedText> IFindingTexts.Describe(object facts, DateOnly asOf, in Decision decision) => Describe((TFacts)facts, asOf, decision);

    /// <summary>The outcome of a failure: a warning for 原则上 rules, otherwise not met.</summary>
    protected Outcome Failed => Descriptor.Severity == Severity.InPrinciple ? Outcome.Warning : Outcome.NotMet;

    /// <summary>Met, or <see cref="Failed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected Decision Flag(bool met) => new(met ? Outcome.Met : Failed);

    /// <summary>Holds <paramref name="measured"/> to <paramref name="required"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected Decision Judge(Quantity measured, Threshold required, ComputedAmount? amount = null) =>
        new(required.IsMetBy(measured) ? Outcome.Met : Failed, measured, required, amount);

    /// <summary>The explanation of a rule that needs a parameter the source leaves to an attachment, and was not given it.</summary>
    protected static LocalizedText MissingParameterText(string key, LocalizedText? detail = null) =>
        Text.Of(
            $"未检查:缺少参数 {key}(源文件附件未载明,须由使用方配置){(detail is null ? "" : ";" + detail.ZhCn)}",
            $"Not checked: parameter {key} is missing (it is in an attachment that is not in the source; the host must configure it){(detail is null ? "" : "; " + detail.En)}");
}

/// <summary>A rule that holds one measured number to one threshold parameter.</summary>
internal abstract class ThresholdRule<TFacts> : Rule<TFacts>
{
    protected ThresholdRule(RuleDescriptor descriptor, Threshold threshold)
        : base(descriptor) => Threshold = threshold;

    public Threshold Threshold { get; }

    protected abstract Quantity Measure(TFacts facts, DateOnly asOf);

    public override Decision Decide(TFacts facts, DateOnly asOf) => Judge(Measure(facts, asOf), Threshold);
}
