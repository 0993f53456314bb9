using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>What the catalog offers the hosts per programme (issue 15): each capability equals the programme's own API.</summary>
public class ProgrammeRegistrationTests
{
    private static readonly DateOnly AsOf = new(2023, 12, 31);

    private static byte[] Criteria => File.ReadAllBytes(Repo.Path("samples", "data", "gz-demonstration", "config", "criteria.EXAMPLE.json"));

    [Fact]
    public void Registrations_OnePerRuleSet_InCatalogOrder_InEveryCatalog()
    {
        RuleCatalog configured = RuleCatalog.Create(new Dictionary<string, ParameterSet> { ["hlj-shared-base"] = ParameterSet.Empty.With("HLJ-BASE-AREA", 2500) })
            .With(((DemonstrationRuleSet)RuleCatalog.Default["gz-demonstration"]).WithCriteria(null));

        Assert.Equal(RuleCatalog.Default.RuleSets.Select(r => r.Id), RuleCatalog.Default.Registrations.Select(p => p.RuleSetId));
        Assert.Equal(RuleCatalog.Default.Registrations, configured.Registrations);
        Assert.All(RuleCatalog.Default.RuleSets, r => Assert.Same(RuleCatalog.Default.RegistrationOf(r.Id), configured.RegistrationOf(r.Id)));
        Assert.False(RuleCatalog.Default.TryGetRegistration("no-such-rule-set", out _));
        Assert.Contains("hlj-shared-base", Assert.Throws<KeyNotFoundException>(() => RuleCatalog.Default.RegistrationOf("no-such-rule-set")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_AreOfferedForExactlyTheGoalSets_WithTheirProvince()
    {
        Assert.All(RuleCatalog.Default.Registrations, p =>
        {
            RuleSet ruleSet = RuleCatalog.Default[p.RuleSetId];
            Assert.Equal(ruleSet is GoalSet, p.Goals is not null);
            if (ruleSet is GoalSet goalSet)
            {
                Assert.Equal(goalSet.Province, p.Goals!.Province);
            }
        });
    }

    [Theory]
    [InlineData("hlj-base-goals")]
    [InlineData("gz-goals")]
    [InlineData("sc-goals")]
    public void Goals_ProgressJson_IsTheGoalSetsOwn(string id)
    {
        var goalSet = (GoalSet)RuleCatalog.Default[id];
        byte[] figures = File.ReadAllBytes(Directory.GetFiles(Repo.Path("samples", "data", id), "*.json").Order(StringComparer.Ordinal).First());

        GoalProgressResult offered = RuleCatalog.Default.RegistrationOf(id).Goals!.ProgressJson(goalSet, figures, AsOf);

        Assert.Equal(LiveCommerceJson.Serialize(goalSet.ProgressJson(figures, AsOf).Report!), LiveCommerceJson.Serialize(offered.Report!));
    }

    [Fact]
    public void Goals_ProgressJson_OfAnotherRuleSet_Throws()
    {
        GoalTracking goals = RuleCatalog.Default.RegistrationOf("gz-goals").Goals!;

        Assert.Throws<ArgumentException>(() => goals.ProgressJson(RuleCatalog.Default["sc-goals"], "{}"u8, AsOf));
        Assert.Throws<ArgumentException>(() => goals.ProgressJson(RuleCatalog.Default["hlj-shared-base"], "{}"u8, AsOf));
    }

    [Fact]
    public void AcceptanceSheet_IsOfferedForTheRuralETownOnly_AndIsItsOwnSheet()
    {
        Report report = RuleCatalog.Default["xy-rural-e-town"].EvaluateJson(Repo.Sample("xy-rural-e-town", "project-shortfalls.json"), AsOf).Report!;

        AcceptanceSheetRenderer sheet = Assert.Single(RuleCatalog.Default.Registrations, p => p.AcceptanceSheet is not null).AcceptanceSheet!;

        Assert.Equal("xy-rural-e-town", Assert.Single(RuleCatalog.Default.Registrations, p => p.AcceptanceSheet is not null).RuleSetId);
        Assert.Equal(AcceptanceSheet.From(report).Format(ReportLanguage.English, withNotes: false), sheet.Format(report, ReportLanguage.English, withNotes: false));
        Assert.Equal(AcceptanceSheet.From(report).Format(ReportLanguage.ChineseSimplified), sheet.Format(report, ReportLanguage.ChineseSimplified));
    }

    [Fact]
    public void Configuration_IsOfferedForTheDemonstrationOnly_AndBindsTheCriteriaAsWithCriteria()
    {
        ProgrammeRegistration programme = Assert.Single(RuleCatalog.Default.Registrations, p => p.Configuration is not null);
        Assert.True(DemonstrationCriteria.Read(Criteria, out DemonstrationCriteria? criteria).IsValid);
        byte[] application = Repo.Sample("gz-demonstration", "application-meets.json");

        RuleSet? bound = programme.Configuration!.Bind(RuleCatalog.Default["gz-demonstration"], Criteria, out ValidationResult problems);

        Assert.Equal("gz-demonstration", programme.RuleSetId);
        Assert.True(problems.IsValid);
        Assert.Equal(
            LiveCommerceJson.Serialize(DemonstrationRuleSet.Default.WithCriteria(criteria).EvaluateJson(application, AsOf).Report!),
            LiveCommerceJson.Serialize(bound!.EvaluateJson(application, AsOf).Report!));
        Assert.Equal(ReportOutcome.Met, bound.EvaluateJson(application, AsOf).Report!.Outcome);
    }

    [Fact]
    public void Configuration_Invalid_ReturnsNullWithEveryProblem_AndAnotherRuleSetThrows()
    {
        HostConfigurationBinder binder = RuleCatalog.Default.RegistrationOf("gz-demonstration").Configuration!;

        RuleSet? bound = binder.Bind(RuleCatalog.Default["gz-demonstration"], "{}"u8, out ValidationResult problems);

        Assert.Null(bound);
        Assert.False(problems.IsValid);
        Assert.All(problems.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => binder.Bind(RuleCatalog.Default["gz-support"], Criteria, out _));
    }
}
