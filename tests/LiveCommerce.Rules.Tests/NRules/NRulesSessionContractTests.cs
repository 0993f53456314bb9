using System.Text;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace LiveCommerce.Rules.Tests.NRules;

/// <summary>What docs/nrules.md promises of a session: bad facts are refused with every problem, two parameter sets share
/// a session without firing each other's rules, and the order in which the generated rules and an integrator's fire.</summary>
public class NRulesSessionContractTests
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    private static readonly RuleSet<SharedBaseApplication> Default = (RuleSet<SharedBaseApplication>)RuleCatalog.Default[SharedBaseRuleSet.RuleSetId];

    [Fact]
    public void NewApplication_InvalidFacts_ThrowsFactsValidationExceptionWithEveryProblem()
    {
        SharedBaseApplication invalid = Invalid(Read("application-meets.json"));

        var error = Assert.Throws<FactsValidationException>(() => new Application<SharedBaseApplication>(Default, invalid, AsOf));

        Assert.Equal(Default.Validate(invalid).Problems.Select(p => p.Path), error.Result.Problems.Select(p => p.Path));
        Assert.Contains("$.baseName", error.Result.Problems.Select(p => p.Path));
        Assert.Contains("$.monthly2022", error.Result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Evaluate_InvalidFacts_ThrowsFactsValidationException()
    {
        NRulesEvaluator<SharedBaseApplication> evaluator = NRulesEvaluator.Compile(Default);

        var error = Assert.Throws<FactsValidationException>(() => evaluator.Evaluate(Invalid(Read("application-meets.json")), AsOf));

        Assert.Contains("$.baseName", error.Result.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("""{"baseName": 12}""", "$.baseName")]
    public void EvaluateJson_BadInput_ReturnsTheProblemsWithTheirPaths(string json, string path)
    {
        NRulesEvaluator evaluator = NRulesEvaluator.Compile(Default);

        EvaluationResult result = evaluator.EvaluateJson(Encoding.UTF8.GetBytes(json), AsOf);

        Assert.Null(result.Report);
        Assert.Contains(path, result.Validation.Problems.Select(p => p.Path));
        Assert.Equal(Default.EvaluateJson(Encoding.UTF8.GetBytes(json), AsOf).Validation.ToString(), result.Validation.ToString());
    }

    [Fact]
    public void OneSession_TwoParameterSetsOfOneProgramme_EachApplicationIsConcludedByItsOwnRules()
    {
        RuleSet<SharedBaseApplication> stricter = (RuleSet<SharedBaseApplication>)Default.WithParameters(ParameterSet.Empty.With("HLJ-BASE-AREA", 2500m));
        var repository = new RuleRepository();
        repository.Add(LiveCommerceRuleRepository.RuleSetFor(Default));
        repository.Add(LiveCommerceRuleRepository.RuleSetFor(stricter));
        ISession session = repository.Compile().CreateSession();
        SharedBaseApplication facts = Read("application-meets.json");
        var byDefault = new Application<SharedBaseApplication>(Default, facts, AsOf);
        var byStricter = new Application<SharedBaseApplication>(stricter, facts, AsOf);

        session.Insert(byDefault);
        session.Insert(byStricter);
        session.Fire();

        RuleSetOutcome[] outcomes = [.. session.Query<RuleSetOutcome>()];
        Assert.Equal(2, outcomes.Length);
        AssertSameReport(Default.Evaluate(facts, AsOf), Assert.Single(outcomes, o => o.Application == byDefault).Report);
        AssertSameReport(stricter.Evaluate(facts, AsOf), Assert.Single(outcomes, o => o.Application == byStricter).Report);
        Assert.Equal(2 * Default.Rules.Length, session.Query<ClauseFinding>().Count());
        Assert.NotEqual(
            Outcome(session, byDefault, "HLJ-BASE-AREA"),
            Outcome(session, byStricter, "HLJ-BASE-AREA")); // the sample's 2,350.5 m² meets 2,000 and not 2,500
    }

    [Fact]
    public void NameOf_TheDocumentsRuleSetAndAStricterOne_TheOverridesTellThemApart()
    {
        RuleSet stricter = Default.WithParameters(ParameterSet.Empty.With("HLJ-BASE-AREA", 2500m).With("HLJ-BASE-RETAIL", 40_000_000m));

        Assert.Equal("hlj-shared-base@" + Default.Version, LiveCommerceRuleRepository.NameOf(Default));
        Assert.Equal($"hlj-shared-base@{Default.Version} (HLJ-BASE-AREA=2500; HLJ-BASE-RETAIL=40000000)", LiveCommerceRuleRepository.NameOf(stricter));
    }

    [Fact]
    public void Add_TwoOptionsOfOneProgramme_NeedANameOfTheirOwnAndThenShareARepository()
    {
        SupportRuleSet proRata = SupportRuleSet.Default.WithOptions(SupportOptions.Default with { TrafficSubsidyReading = TrafficSubsidyReading.ProRata });

        var plain = new RuleRepository();
        plain.Add(LiveCommerceRuleRepository.RuleSetFor(SupportRuleSet.Default));
        Assert.Throws<ArgumentException>(() => plain.Add(LiveCommerceRuleRepository.RuleSetFor(proRata)));

        LiveCommerceRuleRepository repository = new LiveCommerceRuleRepository().Add(SupportRuleSet.Default).Add(proRata, "gz-support pro rata");
        Assert.NotNull(repository.Compile());

        Assert.Equal([LiveCommerceRuleRepository.NameOf(SupportRuleSet.Default), "gz-support pro rata"], repository.GetRuleSets().Select(r => r.Name));
        Assert.All(repository.GetRuleSets(), r => Assert.Equal(SupportRuleSet.Default.Rules.Length + 1, r.Rules.Count()));
    }

    [Fact]
    public void Fire_ClauseRulesThenIntegratorRulesOnFindingsThenTheRuleSetRuleThenRulesOnTheOutcome()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoteEveryFinding), typeof(NoteTheOutcome)));
        repository.Add(LiveCommerceRuleRepository.RuleSetFor(Default));
        ISession session = repository.Compile().CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);

        session.Insert(new Application<SharedBaseApplication>(Default, Read("application-fails.json"), AsOf));
        session.Fire();

        int clauses = Default.Rules.Length;
        Assert.Equal(clauses, fired.Take(clauses).Intersect(Default.Rules.Select(r => r.Id)).Count());
        Assert.Equal(Enumerable.Repeat(nameof(NoteEveryFinding), clauses), fired.Skip(clauses).Take(clauses));
        Assert.Equal([Default.Id, nameof(NoteTheOutcome)], fired.Skip(2 * clauses));
        Assert.Equal(clauses, session.Query<FindingNoted>().Count());
        Assert.Equal(Default.Id, Assert.Single(session.Query<OutcomeNoted>()).RuleSetId);
    }

    private static global::LiveCommerce.Rules.Engine.Outcome Outcome(ISession session, object application, string ruleId) =>
        session.Query<ClauseFinding>().Single(f => f.Application == application && f.RuleId == ruleId).Outcome;

    private static void AssertSameReport(Report expected, Report actual) =>
        Assert.Equal(LiveCommerceJson.SerializeToUtf8Bytes(expected), LiveCommerceJson.SerializeToUtf8Bytes(actual));

    private static SharedBaseApplication Invalid(SharedBaseApplication valid) =>
        valid with { BaseName = " ", Monthly2022 = valid.Monthly2022.RemoveAt(0) };

    private static SharedBaseApplication Read(string file)
    {
        Assert.True(Default.ReadFacts(Repo.Sample(SharedBaseRuleSet.RuleSetId, file), out SharedBaseApplication? facts).IsValid);
        return facts!;
    }
}

/// <summary>What <see cref="NoteEveryFinding"/> inserts.</summary>
public sealed record FindingNoted(string RuleId);

/// <summary>What <see cref="NoteTheOutcome"/> inserts.</summary>
public sealed record OutcomeNoted(string RuleSetId);

/// <summary>An integrator's rule on findings at the default priority (top-level: NRules' type scanner skips nested rule classes unless told to).</summary>
[Name(nameof(NoteEveryFinding))]
public sealed class NoteEveryFinding : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ClauseFinding finding = null!;
        When().Match(() => finding);
        Then().Do(ctx => ctx.Insert(new FindingNoted(finding.RuleId)));
    }
}

/// <summary>An integrator's rule on the outcome.</summary>
[Name(nameof(NoteTheOutcome))]
public sealed class NoteTheOutcome : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        RuleSetOutcome outcome = null!;
        When().Match(() => outcome);
        Then().Do(ctx => ctx.Insert(new OutcomeNoted(outcome.RuleSetId)));
    }
}
