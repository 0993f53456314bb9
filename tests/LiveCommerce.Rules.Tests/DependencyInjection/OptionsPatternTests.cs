using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Tests.DependencyInjection;

/// <summary>Issue 15: <c>AddLiveCommerceRules()</c> is the options pattern, validated on start, and calls compose.</summary>
public class OptionsPatternTests
{
    private const string Area = "HLJ-BASE-AREA";

    [Fact]
    public void AddLiveCommerceRules_CalledTwice_AddsOnlyTheSecondDelegate()
    {
        var services = new ServiceCollection();
        services.AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 2500));
        int afterFirst = services.Count;

        services.AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 3000)).AddLiveCommerceRules();

        Assert.Equal(afterFirst + 1, services.Count);
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IConfigureOptions<LiveCommerceRulesOptions>)));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<LiveCommerceRulesOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(RuleCatalog));
    }

    [Fact]
    public void AddLiveCommerceRules_CalledTwice_TheDelegatesRunInOrder()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 2500))
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 3000))
            .BuildServiceProvider();

        Assert.Equal(3000m, provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId].Parameters.ValueOf(Area));
        Assert.Equal(3000m, provider.GetRequiredService<IOptions<LiveCommerceRulesOptions>>().Value.ParameterOverrides[SharedBaseRuleSet.RuleSetId][Area]);
    }

    [Fact]
    public void AddLiveCommerceRules_ConfigureAndPostConfigure_ComposeWithTheDelegate()
    {
        using ServiceProvider provider = new ServiceCollection()
            .PostConfigure<LiveCommerceRulesOptions>(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-RETAIL", 40_000_000))
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 2500))
            .Configure<LiveCommerceRulesOptions>(o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-TENANTS", 15))
            .BuildServiceProvider();

        ResolvedParameters parameters = provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId].Parameters;

        Assert.Equal(2500m, parameters.ValueOf(Area));
        Assert.Equal(40_000_000m, parameters.ValueOf("HLJ-BASE-RETAIL"));
        Assert.Equal(15m, parameters.ValueOf("HLJ-BASE-TENANTS"));
    }

    [Fact]
    public void AddLiveCommerceRules_InvalidOptions_FailOnStartWithEveryProblem()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(Section(new()
            {
                [$"LiveCommerceRules:ParameterOverrides:hlj-shared-base:{Area}"] = "2,500",
                ["LiveCommerceRules:ParameterOverrides:hlj-shared-base:HLJ-BASE-TENANTS"] = "3",
            }))
            .AddLiveCommerceRules(o => o.Override("no-such-rule-set", "X", 1))
            .BuildServiceProvider();

        // What a host does on start (ValidateOnStart): before any request, and before the catalog is first resolved.
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains($"LiveCommerceRules:ParameterOverrides:hlj-shared-base:{Area}", StringComparison.Ordinal) && f.Contains("'2,500'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("HLJ-BASE-TENANTS", StringComparison.Ordinal) && f.Contains("loosens", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("'no-such-rule-set'", StringComparison.Ordinal));
    }

    [Fact]
    public void AddLiveCommerceRules_ValidOptions_PassTheStartValidation()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 2500))
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(2500m, provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId].Parameters.ValueOf(Area));
    }

    [Theory]
    [InlineData("2,500")]
    [InlineData("2500m2")]
    [InlineData("２５００")]
    [InlineData("")]
    [InlineData(" 2500")]
    [InlineData("2.5e3")]
    public void AddLiveCommerceRules_SectionValueNotAPlainNumber_FailsNamingTheKeyAndTheValue(string written)
    {
        string key = $"LiveCommerceRules:ParameterOverrides:hlj-shared-base:{Area}";
        using ServiceProvider provider = new ServiceCollection().AddLiveCommerceRules(Section(new() { [key] = written })).BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleCatalog>());

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(key, failure, StringComparison.Ordinal);
        Assert.Contains($"'{written}'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLiveCommerceRules_SectionWithAStricterStandard_IsHonouredAndTheDelegateComposesAfterIt()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(
                Section(new() { [$"LiveCommerceRules:ParameterOverrides:hlj-shared-base:{Area}"] = "2500" }),
                o => o.Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-RETAIL", 40_000_000))
            .BuildServiceProvider();

        RuleSet ruleSet = provider.GetRequiredService<RuleCatalog>()[SharedBaseRuleSet.RuleSetId];

        Assert.Equal(2500m, ruleSet.Parameters.ValueOf(Area));
        Assert.Equal(40_000_000m, ruleSet.Parameters.ValueOf("HLJ-BASE-RETAIL"));
        Assert.Equal(Outcome.NotMet, ruleSet.EvaluateJson(Repo.Sample(SharedBaseRuleSet.RuleSetId, "application-meets.json"), Samples.AsOf).Report![Area].Outcome);
    }

    [Fact]
    public void AddLiveCommerceRules_SectionWithAnUnknownSettingOrANestedValue_ListsBoth()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(Section(new()
            {
                ["LiveCommerceRules:ParameterOverride:hlj-shared-base:HLJ-BASE-AREA"] = "2500",
                [$"LiveCommerceRules:ParameterOverrides:hlj-shared-base:{Area}:value"] = "2500",
            }))
            .BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LiveCommerceRulesOptions>>().Value);

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.StartsWith("LiveCommerceRules:ParameterOverride is not a setting of LiveCommerceRules", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("must be a number, not a section", StringComparison.Ordinal));
    }

    [Fact]
    public void AddNRules_BeforeAddLiveCommerceRules_CompilesTheConfiguredCatalog()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddNRules()
            .AddLiveCommerceRules(o => o.Override(SharedBaseRuleSet.RuleSetId, Area, 2500))
            .BuildServiceProvider();

        NRulesEvaluators evaluators = provider.GetRequiredService<NRulesEvaluators>();
        Report report = evaluators[SharedBaseRuleSet.RuleSetId].EvaluateJson(Repo.Sample(SharedBaseRuleSet.RuleSetId, "application-meets.json"), Samples.AsOf).Report!;

        Assert.Same(provider.GetRequiredService<RuleCatalog>(), evaluators.Catalog);
        Assert.Equal(Outcome.NotMet, report[Area].Outcome);
    }

    [Fact]
    public void AddNRules_Alone_RegistersTheValidatedDefaultCatalog()
    {
        using ServiceProvider provider = new ServiceCollection().AddNRules().BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Same(RuleCatalog.Default, provider.GetRequiredService<NRulesEvaluators>().Catalog);
    }

    [Fact]
    public void ConfigureFromJson_GuizhouCriteria_IsTheCatalogsHostConfiguration_WithoutACast()
    {
        byte[] criteria = File.ReadAllBytes(Repo.Path("samples", "data", "gz-demonstration", "config", "criteria.EXAMPLE.json"));
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o.ConfigureFromJson("gz-demonstration", criteria))
            .BuildServiceProvider();

        EvaluationResult result = provider.GetRequiredService<RuleCatalog>()["gz-demonstration"].EvaluateJson(Repo.Sample("gz-demonstration", "application-meets.json"), new DateOnly(2023, 12, 31));

        Assert.Equal(ReportOutcome.Met, result.Report!.Outcome);
    }

    [Fact]
    public void ConfigureFromJson_InvalidCriteriaOrAProgrammeWithoutHostConfiguration_FailsWithEveryProblem()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLiveCommerceRules(o => o
                .ConfigureFromJson("gz-demonstration", "{}"u8.ToArray())
                .ConfigureFromJson(SharedBaseRuleSet.RuleSetId, "{}"u8.ToArray()))
            .BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.StartsWith("Configuring rule set 'gz-demonstration' failed", StringComparison.Ordinal) && f.Contains('$', StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("takes no host configuration (these do: gz-demonstration)", StringComparison.Ordinal));
    }

    private static IConfigurationSection Section(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(LiveCommerceRulesOptions.SectionName);
}
