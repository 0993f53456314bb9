using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang;

public class HeilongjiangCatalogTests
{
    private static readonly string[] GoalRows = ["HLJ-ACT-GOAL-ENTERPRISES", "HLJ-ACT-GOAL-RETAIL-GROWTH", "HLJ-PLAN-GOALS"];

    public static TheoryData<string> ActionAndPlanIds() =>
    [
        "HLJ-ACT-TARGET-LOCAL", "HLJ-ACT-TARGET-WILLING", "HLJ-ACT-TARGET-COMMITMENT", "HLJ-ACT-TARGET-TEAM", "HLJ-ACT-TARGET-CATALOG",
        "HLJ-ACT-TARGET-BLACKLIST", "HLJ-ACT-PROVIDER", "HLJ-ACT-ACCEPT-PERIOD", "HLJ-ACT-ACCEPT-LIVE-HOURS", "HLJ-ACT-ACCEPT-VIDEOS",
        "HLJ-ACT-ACCEPT-SALES-MONTHS", "HLJ-ACT-ACCEPT-ORDER-MONTHS", "HLJ-ACT-ACCEPT-LOCAL-ADJUST", "HLJ-ACT-ACCEPT-DEADLINE",
        "HLJ-ACT-COHORT-ABOVE-QUOTA", "HLJ-ACT-COHORT-CONTEST", "HLJ-ACT-COHORT-INSPECTION", "HLJ-ACT-COHORT-QUOTA", "HLJ-ACT-COHORT-SUMMARY",
        "HLJ-PLAN-FUND", "HLJ-PLAN-TRAINING-UPLIFT", "HLJ-PLAN-LOAN-CAP", "HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE",
    ];

    [Theory]
    [MemberData(nameof(ActionAndPlanIds))]
    public void Catalog_ActionAndPlanClause_ImplementedOnceWithACitation(string ruleId)
    {
        CatalogEntry entry = Assert.Single(RuleCatalog.Default.Entries, e => e.RuleId == ruleId);

        Assert.True(entry.Implemented);
        Assert.False(string.IsNullOrWhiteSpace(entry.Rule!.Citation.Clause));
        Assert.False(string.IsNullOrWhiteSpace(entry.Rule.Citation.Section));
    }

    [Fact]
    public void Catalog_GoalRows_AreImplementedByTheGoalSets()
    {
        foreach (string id in GoalRows)
        {
            CatalogEntry entry = Assert.Single(RuleCatalog.Default.Entries, e => e.RuleId == id);
            Assert.True(entry.Implemented, id);
            Assert.EndsWith("-goals", entry.RuleSetId, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData(EnterpriseAssistanceRuleSet.RuleSetId, "000_e63862b9129341a3.txt")]
    [InlineData(EnterpriseAssistanceCityRuleSet.RuleSetId, "000_e63862b9129341a3.txt")]
    [InlineData(PlanMeasuresRuleSet.RuleSetId, "001_a9f8c7661cd4ce7f.txt")]
    public void Citations_EveryRule_QuotesTheSeedVerbatim(string ruleSetId, string seed)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Shared, "seeds", seed));
        foreach (RuleDescriptor rule in RuleCatalog.Default[ruleSetId].Rules)
        {
            Assert.True(text.Contains(rule.Citation.Clause, StringComparison.Ordinal), $"{rule.Id}: '{rule.Citation.Clause}' is not in {seed}");
        }
    }

    [Fact]
    public void Catalog_ParameterOverridesForTheNewRuleSets_AppliedOrRejected()
    {
        RuleCatalog catalog = RuleCatalog.Create(new Dictionary<string, ParameterSet>
        {
            [EnterpriseAssistanceRuleSet.RuleSetId] = ParameterSet.Empty.With("HLJ-ACT-ACCEPT-VIDEOS", 30),
            [EnterpriseAssistanceCityRuleSet.RuleSetId] = ParameterSet.Empty.With("HLJ-ACT-CITY-QUOTA", 40),
        });

        Assert.Equal(30m, catalog[EnterpriseAssistanceRuleSet.RuleSetId].Parameters.ValueOf("HLJ-ACT-ACCEPT-VIDEOS"));
        Assert.Equal(40m, catalog[EnterpriseAssistanceCityRuleSet.RuleSetId].Parameters.ValueOf("HLJ-ACT-CITY-QUOTA"));
        Assert.Throws<RuleConfigurationException>(() => RuleCatalog.Create(new Dictionary<string, ParameterSet>
        {
            [EnterpriseAssistanceRuleSet.RuleSetId] = ParameterSet.Empty.With("HLJ-ACT-ACCEPT-VIDEOS", 10),
        }));
    }
}
