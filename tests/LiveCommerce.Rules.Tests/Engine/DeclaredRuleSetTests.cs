using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Sichuan.ClusterAction;

namespace LiveCommerce.Rules.Tests.Engine;

/// <summary>The shared shell of the rule sets (<c>RuleSet&lt;TSelf, TFacts&gt;</c>, <c>RuleSet&lt;TSelf, TFacts, TOptions&gt;</c>):
/// the document's configuration is the one <c>Default</c> instance, anything else a rule set of its own.</summary>
public class DeclaredRuleSetTests
{
    private static readonly ParameterSet LargerArea = ParameterSet.Empty.With("HLJ-BASE-AREA", 3000m);

    [Fact]
    public void ParameterRuleSet_WithoutOverrides_IsTheDefault()
    {
        Assert.Same(SharedBaseRuleSet.Default, SharedBaseRuleSet.Create());
        Assert.Same(SharedBaseRuleSet.Default, SharedBaseRuleSet.Create(ParameterSet.Empty));
        Assert.Same(SharedBaseRuleSet.Default, SharedBaseRuleSet.Default.WithParameters(ParameterSet.Empty));
        Assert.Equal(SharedBaseRuleSet.Description, SharedBaseRuleSet.Default.Info);
        Assert.Equal(SharedBaseRuleSet.ParameterDefinitions, SharedBaseRuleSet.Default.Parameters.Definitions);
    }

    [Fact]
    public void ParameterRuleSet_WithOverrides_IsANewRuleSetOfTheSameType()
    {
        SharedBaseRuleSet stricter = SharedBaseRuleSet.Create(LargerArea);

        Assert.NotSame(SharedBaseRuleSet.Default, stricter);
        Assert.Equal(3000m, stricter.Parameters.Overrides.Values["HLJ-BASE-AREA"]);
        SharedBaseRuleSet again = Assert.IsType<SharedBaseRuleSet>(SharedBaseRuleSet.Default.WithParameters(LargerArea));
        Assert.Equal(3000m, again.Parameters.Overrides.Values["HLJ-BASE-AREA"]);
        Assert.Throws<RuleConfigurationException>(() => SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 1000m)));
    }

    [Fact]
    public void OptionsRuleSet_TheDefaultOptionsWithoutOverrides_AreTheDefault()
    {
        Assert.Same(SupportRuleSet.Default, SupportRuleSet.Create());
        Assert.Same(SupportRuleSet.Default, SupportRuleSet.Create(SupportOptions.Default, ParameterSet.Empty));
        Assert.Same(SupportRuleSet.Default, SupportRuleSet.Default.WithOptions(SupportOptions.Default with { }));
        Assert.Same(SupportOptions.Default, SupportRuleSet.Default.Options);
        Assert.Same(DemonstrationRuleSet.Default, DemonstrationRuleSet.Create(null));
        Assert.Null(DemonstrationRuleSet.Default.Criteria);
    }

    [Fact]
    public void OptionsRuleSet_OtherOptions_AreKeptWithOtherParameters_AndOverridesWithOtherOptions()
    {
        SupportOptions proRata = SupportOptions.Default with { TrafficSubsidyReading = TrafficSubsidyReading.ProRata };
        ParameterSet lowerCap = ParameterSet.Empty.With("GZ-TRAFFIC-SUBSIDY-CAP", 500_000m);

        SupportRuleSet withOptions = SupportRuleSet.Default.WithOptions(proRata);
        SupportRuleSet both = Assert.IsType<SupportRuleSet>(withOptions.WithParameters(lowerCap));
        SupportRuleSet back = both.WithOptions(SupportOptions.Default);

        Assert.NotSame(SupportRuleSet.Default, withOptions);
        Assert.Equal(proRata, both.Options);
        Assert.Equal(500_000m, both.Parameters.Overrides.Values["GZ-TRAFFIC-SUBSIDY-CAP"]);
        Assert.Equal(SupportOptions.Default, back.Options);
        Assert.Equal(500_000m, back.Parameters.Overrides.Values["GZ-TRAFFIC-SUBSIDY-CAP"]);
        Assert.Same(SupportRuleSet.Default, back.WithParameters(ParameterSet.Empty));
    }

    [Fact]
    public void OptionsRuleSet_AMissingRequiredOptionsArgument_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => SichuanClusterPilotRuleSet.Create((SichuanClusterPilotOptions)null!));
        Assert.Same(SichuanClusterPilotRuleSet.Default, SichuanClusterPilotRuleSet.Create(SichuanClusterPilotOptions.Default));
    }
}
