using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>FsCheck properties of the applicant rule set over generated valid applications.</summary>
public class SharedBasePropertyTests
{
    private static readonly string[] AtLeastRules = ["HLJ-BASE-OPERATOR", "HLJ-BASE-AREA", "HLJ-BASE-TENANTS", "HLJ-BASE-LIVE-ROOMS", "HLJ-BASE-RETAIL", "HLJ-BASE-INVESTMENT"];

    /// <summary>The application with the quantity a ≥ rule measures raised by <paramref name="step"/> (1–1,000 units).</summary>
    private static SharedBaseApplication Raise(SharedBaseApplication a, string ruleId, int step, int month) => ruleId switch
    {
        "HLJ-BASE-OPERATOR" => a with { Operator = a.Operator with { OperationStartDate = a.Operator.OperationStartDate.AddDays(-step) } },
        "HLJ-BASE-AREA" => a with { BuildingArea = Area.FromSquareMetres(a.BuildingArea.SquareMetres + (step / 100m)) },
        "HLJ-BASE-TENANTS" => a with { Monthly2022 = a.Monthly2022.SetItem(month, a.Monthly2022[month] with { Tenants = a.Monthly2022[month].Tenants + step }) },
        "HLJ-BASE-LIVE-ROOMS" => a with { Monthly2022 = a.Monthly2022.SetItem(month, a.Monthly2022[month] with { LiveRooms = a.Monthly2022[month].LiveRooms + step }) },
        "HLJ-BASE-RETAIL" => a with { OnlineRetail2022 = a.OnlineRetail2022 + Money.FromFen(step) },
        "HLJ-BASE-INVESTMENT" => a with { Investments = a.Investments.Add(new Investment { Date = new DateOnly(2021, 1, 1), Amount = Money.FromFen(step) }) },
        _ => throw new ArgumentOutOfRangeException(nameof(ruleId)),
    };

    [Property]
    public Property Evaluate_RaisingAPassingQuantity_NeverFailsAnAtLeastRule()
    {
        Gen<(SharedBaseApplication App, string Rule, int Step, int Month, DateOnly AsOf)> gen =
            from app in Generators.Application()
            from rule in Gen.Elements(AtLeastRules)
            from step in Gen.Choose(1, 1000)
            from month in Gen.Choose(0, 11)
            from asOf in Generators.AsOf()
            select (app, rule, step, month, asOf);

        return Prop.ForAll(Arb.From(gen), c =>
        {
            Outcome before = SharedBaseRuleSet.Default.Evaluate(c.App, c.AsOf)[c.Rule].Outcome;
            Outcome after = SharedBaseRuleSet.Default.Evaluate(Raise(c.App, c.Rule, c.Step, c.Month), c.AsOf)[c.Rule].Outcome;
            return before != Outcome.Met || after == Outcome.Met;
        });
    }

    [Fact]
    public void Evaluate_GeneratedApplications_ExerciseBothOutcomes()
    {
        // Guards the generator: the properties above and below would be vacuous if every application passed or failed.
        SharedBaseApplication[] sample = Generators.Application().Sample(200, 50);
        ReportOutcome[] outcomes = [.. sample.Select(a => SharedBaseRuleSet.Default.Evaluate(a, Samples.AsOf).Outcome)];

        Assert.Contains(ReportOutcome.NotMet, outcomes);
        foreach (string rule in AtLeastRules)
        {
            Outcome[] findings = [.. sample.Select(a => SharedBaseRuleSet.Default.Evaluate(a, Samples.AsOf)[rule].Outcome)];
            Assert.Contains(Outcome.Met, findings);
            Assert.Contains(Outcome.NotMet, findings);
        }
    }

    [Property]
    public Property Evaluate_Outcome_NotMetIffSomeMandatoryFindingNotMet()
    {
        return Prop.ForAll(Arb.From(Generators.Application().Zip(Generators.AsOf())), c =>
        {
            Report report = SharedBaseRuleSet.Default.Evaluate(c.Item1, c.Item2);
            bool someMandatoryNotMet = report.Findings.Any(f => f.Severity == Severity.Mandatory && f.Outcome == Outcome.NotMet);
            return (report.Outcome == ReportOutcome.NotMet) == someMandatoryNotMet
                && SharedBaseRuleSet.Default.IsMet(c.Item1, c.Item2) == (report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings);
        });
    }

    /// <summary>The number a finding shows never contradicts its outcome (display rounding included).</summary>
    internal static bool NumberAgreesWithOutcome(Finding f) =>
        f.Measured is not { } measured || f.Required is not { } required
        || f.Outcome switch
        {
            Outcome.Met => required.IsMetBy(measured) || required.Bound.Value != decimal.Round(required.Bound.Value, 2),
            Outcome.NotMet when f.Explanation is null || f.RuleId != "HLJ-BASE-OPERATOR" => !required.IsMetBy(measured),
            _ => true,
        };

    [Property]
    public Property Evaluate_ShownNumbers_NeverContradictTheOutcome()
    {
        return Prop.ForAll(Arb.From(Generators.Application().Zip(Generators.AsOf())), c =>
            SharedBaseRuleSet.Default.Evaluate(c.Item1, c.Item2).Findings.All(NumberAgreesWithOutcome))
            ;
    }

    [Property]
    public Property Create_TighteningOverride_AcceptedAndLooseningRejected()
    {
        ParameterDefinitionCase[] thresholds =
        [
            .. SharedBaseRuleSet.ParameterDefinitions.Where(d => d.IsThreshold).Select(d => new ParameterDefinitionCase(d, o => SharedBaseRuleSet.Create(o))),
            .. SharedBaseCityRuleSet.ParameterDefinitions.Where(d => d.IsThreshold).Select(d => new ParameterDefinitionCase(d, o => SharedBaseCityRuleSet.Create(o))),
        ];
        Gen<(ParameterDefinitionCase Case, decimal Delta)> gen =
            from c in Gen.Elements(thresholds)
            from hundredths in Gen.Choose(1, 100_000)
            select (c, hundredths / 100m);

        return Prop.ForAll(Arb.From(gen), x =>
        {
            ParameterDefinition d = x.Case.Definition;
            decimal sign = d.Comparison!.Value.IsLowerBound() ? 1m : -1m;
            decimal delta = d.IsWholeNumber ? decimal.Ceiling(x.Delta) : x.Delta; // a whole-number threshold takes no fraction
            decimal stricter = d.DefaultValue!.Value + (sign * delta);
            decimal looser = d.DefaultValue!.Value - (sign * delta);
            bool tightenedOk = x.Case.Create(ParameterSet.Empty.With(d.Key, stricter)).Parameters.ValueOf(d.Key) == stricter;
            try
            {
                x.Case.Create(ParameterSet.Empty.With(d.Key, looser));
                return false;
            }
            catch (RuleConfigurationException ex)
            {
                return tightenedOk && ex.Problems.Count == 1 && ex.Problems[0].Contains(d.Key, StringComparison.Ordinal);
            }
        });
    }

    internal sealed record ParameterDefinitionCase(ParameterDefinition Definition, Func<ParameterSet, RuleSet> Create)
    {
        public override string ToString() => Definition.Key;
    }
}
