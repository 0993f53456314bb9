using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// A rule about one measure of a case (a training claim, a loan, a fund year, an incentive): a case that does not give the
/// measure is not applicable, with <c>notGiven</c> as the reason; otherwise the rule decides on the measure alone.
/// </summary>
/// <typeparam name="TMeasure">The part of <see cref="PlanMeasuresCase"/> the rule reads.</typeparam>
internal abstract class MeasureRule<TMeasure>(RuleDescriptor descriptor, LocalizedText notGiven) : Rule<PlanMeasuresCase>(descriptor)
    where TMeasure : class
{
    public sealed override Decision Decide(PlanMeasuresCase facts, DateOnly asOf) =>
        MeasureOf(facts) is { } measure ? Decide(measure, asOf) : Decision.NotApplicable;

    protected sealed override LocalizedText? Explain(PlanMeasuresCase facts, DateOnly asOf, in Decision decision) =>
        MeasureOf(facts) is { } measure ? Explain(measure, asOf, decision) : notGiven;

    /// <summary>The measure the case gives, or <see langword="null"/> when it gives none for this rule.</summary>
    protected abstract TMeasure? MeasureOf(PlanMeasuresCase facts);

    /// <summary>The decision on the measure the case gives.</summary>
    protected abstract Decision Decide(TMeasure measure, DateOnly asOf);

    /// <summary>The explanation of the decision on the measure the case gives.</summary>
    protected abstract LocalizedText? Explain(TMeasure measure, DateOnly asOf, in Decision decision);
}
