using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLiveCommerceRules_NoConfiguration_ResolvesTheDefaultCatalogAsSingleton()
    {
        using ServiceProvider provider = new ServiceCollection().AddLiveCommerceRules().BuildServiceProvider();

        RuleCatalog first = provider.GetRequiredService<RuleCatalog>();
        RuleCatalog second = provider.GetRequiredService<RuleCatalog>();

        Assert.Same(first, second);
        Assert.Same(RuleCatalog.Default, first);
    }

    [Fact]
    public void AddLiveCommerceRules_CalledTwice_RegistersOneCatalogAndAppliesBothSteps()
    {
        var services = new ServiceCollection();
        IServiceCollection returned = services
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-AREA", 2500))
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-RETAIL", 40_000_000));
        using ServiceProvider provider = services.BuildServiceProvider();

        RuleSet ruleSet = provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId];

        Assert.Same(services, returned);
        Assert.Single(services, d => d.ServiceType == typeof(RuleCatalog));
        Assert.Equal(2500m, ruleSet.Parameters.ValueOf("HLJ-BASE-AREA"));
        Assert.Equal(40_000_000m, ruleSet.Parameters.ValueOf("HLJ-BASE-RETAIL"));
    }

    [Fact]
    public void AddLiveCommerceRules_StricterCityStandard_IsHonouredByEvaluation()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-AREA", 2500))
            .BuildServiceProvider();
        var ruleSet = (SharedBaseRuleSet)provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId];

        Report report = ruleSet.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf); // 2,000 m²

        Assert.Equal(Outcome.NotMet, report["HLJ-BASE-AREA"].Outcome);
    }

    [Fact]
    public void AddLiveCommerceRules_LooserStandard_FailsOnResolveNamingRuleAndBothValues()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o
                .Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-AREA", 1500)
                .Override("no-such-rule-set", "X", 1))
            .BuildServiceProvider();

        // The options pattern: the validator's failures, one per problem (it was a RuleConfigurationException).
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleCatalog>());

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains(ex.Failures, p => p.Contains("HLJ-BASE-AREA", StringComparison.Ordinal) && p.Contains("1500", StringComparison.Ordinal) && p.Contains("2,000", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, p => p.Contains("no-such-rule-set", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_Validate_ListsEveryProblemWithoutThrowing()
    {
        var options = new LiveCommerceRulesOptions()
            .Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-TENANTS", 9)
            .Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-UNKNOWN", 1);

        IReadOnlyList<string> problems = options.Validate();

        Assert.Equal(2, problems.Count);
    }
}

public class RuleSetConfigurationTests
{
    [Fact]
    public void Configure_GuizhouCriteria_MakesRecognitionEvaluable()
    {
        byte[] criteriaJson = File.ReadAllBytes(Repo.Path("samples", "data", "gz-demonstration", "config", "criteria.EXAMPLE.json"));
        Assert.True(LiveCommerce.Rules.Guizhou.ShiBaiQianWan.DemonstrationCriteria.Read(criteriaJson, out var criteria).IsValid);
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o.Configure("gz-demonstration", r => ((LiveCommerce.Rules.Guizhou.ShiBaiQianWan.DemonstrationRuleSet)r).WithCriteria(criteria)))
            .BuildServiceProvider();
        RuleCatalog catalog = provider.GetRequiredService<RuleCatalog>();

        EvaluationResult withCriteria = catalog["gz-demonstration"].EvaluateJson(Repo.Sample("gz-demonstration", "application-meets.json"), new DateOnly(2023, 12, 31));
        EvaluationResult without = RuleCatalog.Default["gz-demonstration"].EvaluateJson(Repo.Sample("gz-demonstration", "application-meets.json"), new DateOnly(2023, 12, 31));

        Assert.Equal(ReportOutcome.Met, withCriteria.Report!.Outcome);
        Assert.Equal(ReportOutcome.Incomplete, without.Report!.Outcome);
        Assert.NotEqual(withCriteria.Report.Fingerprint, without.Report.Fingerprint);
    }

    [Fact]
    public void Configure_UnknownRuleSetOrWrongId_ListsEveryProblem()
    {
        var options = new LiveCommerceRulesOptions()
            .Configure("no-such-rule-set", r => r)
            .Configure("gz-support", _ => RuleCatalog.Default["gz-goals"]);

        IReadOnlyList<string> problems = options.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("no-such-rule-set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("same id", StringComparison.Ordinal));
    }

    [Fact]
    public void With_ReplacesOnlyTheRuleSetWithTheSameId()
    {
        RuleSet stricter = RuleCatalog.Default["hlj-shared-base"].WithParameters(ParameterSet.Empty.With("HLJ-BASE-AREA", 2500));

        RuleCatalog catalog = RuleCatalog.Default.With(stricter);

        Assert.Same(stricter, catalog["hlj-shared-base"]);
        Assert.Equal(RuleCatalog.Default.RuleSets.Select(r => r.Id), catalog.RuleSets.Select(r => r.Id));
        Assert.Same(RuleCatalog.Default["gz-support"], catalog["gz-support"]);
    }
}
