using System.Collections.Immutable;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Web.Api;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>How <c>POST /goals/{province}</c> finds a province's goal sets, on synthetic rule-set descriptions.</summary>
public sealed class GoalSetsTests
{
    private static readonly SourceDocument Document = new("doc", new LocalizedText("文件", "Document"), new LocalizedText("厅", "Department"), new DateOnly(2020, 1, 1), null);

    private static RuleSetInfo Info(string id, string zh, string en) =>
        new(id, "1.0.0", new LocalizedText("标题", "Title"), new LocalizedText(zh, en), Document, DocumentStatus.InForce, ImmutableArray<Deadline>.Empty);

    [Theory]
    [InlineData("黑龙江省")]
    [InlineData("黑龙江")]
    [InlineData("Heilongjiang")]
    [InlineData("heilongjiang")]
    [InlineData("HEILONGJIANG PROVINCE")]
    [InlineData(" Heilongjiang ")]
    public void IsFor_ProvinceNamedInChineseOrEnglish_Matches(string province)
    {
        Assert.True(GoalSets.IsFor(Info("hlj-action-goals", "黑龙江省", "Heilongjiang"), province));
    }

    [Theory]
    [InlineData("吉林省")]
    [InlineData("Heilong")]
    [InlineData("")]
    [InlineData("省")]
    public void IsFor_OtherProvince_DoesNotMatch(string province)
    {
        Assert.False(GoalSets.IsFor(Info("hlj-action-goals", "黑龙江省", "Heilongjiang"), province));
    }

    [Fact]
    public void All_IsWhatTheCatalogRegistersWithGoalTracking_TheRuleSetsWhoseIdEndsInGoals()
    {
        // The hosts ask the catalog; the shipped catalog's goal sets are still exactly the "-goals" ids the API describes.
        string[] goalSets = [.. GoalSets.All(RuleCatalog.Default).Select(r => r.Id)];

        Assert.Equal(["hlj-plan-goals", "hlj-action-goals", "hlj-base-goals", "gz-goals", "sc-goals"], goalSets);
        Assert.Equal(RuleCatalog.Default.RuleSets.Select(r => r.Id).Where(id => id.EndsWith("-goals", StringComparison.Ordinal)), goalSets);
        Assert.All(RuleCatalog.Default.Registrations, p => Assert.Equal(p.RuleSetId.EndsWith("-goals", StringComparison.Ordinal), p.Goals is not null));
    }
}
