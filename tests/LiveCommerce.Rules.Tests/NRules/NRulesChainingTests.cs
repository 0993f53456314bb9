using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.NRules.Sample;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NRules;
using NRules.Fluent;

namespace LiveCommerce.Rules.Tests.NRules;

/// <summary>An integrator's own NRules rules (the sample's, samples/LiveCommerce.Rules.NRules.Sample) react to the findings and outcomes of the generated rule set.</summary>
public class NRulesChainingTests
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    [Fact]
    public void IntegratorRule_BaseFailsTheTenantCriterion_OpensACase()
    {
        var rules = (RuleSet<SharedBaseApplication>)RuleCatalog.Default[SharedBaseRuleSet.RuleSetId];
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(OpenCaseWhenTenantsNotMet), typeof(ReviewWhenNotMet)));
        repository.Add(LiveCommerceRuleRepository.RuleSetFor(rules));
        ISession session = repository.Compile().CreateSession();

        session.Insert(new Application<SharedBaseApplication>(rules, Read(rules, "application-fails.json"), AsOf));
        session.Insert(new Application<SharedBaseApplication>(rules, Read(rules, "application-meets.json"), AsOf));
        session.Fire();

        Assert.Equal("HLJ-BASE-TENANTS", Assert.Single(session.Query<CaseOpened>()).RuleId);
        Assert.Single(session.Query<ReviewRequested>());
        Assert.Equal(2, session.Query<RuleSetOutcome>().Count());
    }

    [Fact]
    public void AddNRules_AfterAddLiveCommerceRules_CompilesWithTheCatalogsOverridesOnce()
    {
        var services = new ServiceCollection();
        services.AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-AREA", 2500)).AddNRules().AddNRules();
        using ServiceProvider provider = services.BuildServiceProvider();

        NRulesEvaluators evaluators = provider.GetRequiredService<NRulesEvaluators>();
        Report report = evaluators[SharedBaseRuleSet.RuleSetId].EvaluateJson(Repo.Sample(SharedBaseRuleSet.RuleSetId, "application-meets.json"), AsOf).Report!;

        Assert.Same(evaluators[SharedBaseRuleSet.RuleSetId], evaluators[SharedBaseRuleSet.RuleSetId]);
        Assert.Single(provider.GetServices<NRulesEvaluators>());
        Assert.Equal(Outcome.NotMet, report.Findings.Single(f => f.RuleId == "HLJ-BASE-AREA").Outcome); // the sample has 2,350.5 m²
    }

    private static SharedBaseApplication Read(RuleSet<SharedBaseApplication> rules, string file)
    {
        Assert.True(rules.ReadFacts(Repo.Sample(SharedBaseRuleSet.RuleSetId, file), out SharedBaseApplication? facts).IsValid);
        return facts!;
    }
}
