using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.FundDiscipline;

public class BlacklistRuleTests
{
    private const string RuleId = "HLJ-ACT-TARGET-BLACKLIST";

    private static Outcome EnterpriseOutcome(DateOnly? blacklisted, DateOnly applied) =>
        EnterpriseAssistanceRuleSet.Default.Evaluate(AssistanceSamples.Meeting() with { BlacklistedOn = blacklisted, AppliedOn = applied }, AssistanceSamples.AsOf)[RuleId].Outcome;

    [Theory]
    [InlineData("2023-06-09", Outcome.NotMet)] // the day before the fifth anniversary
    [InlineData("2023-06-10", Outcome.NotMet)] // the fifth anniversary: still 五年之内 (之内 includes the number)
    [InlineData("2023-06-11", Outcome.Met)] // the first day after the bar
    public void Blacklist_ApplicationAroundTheFifthAnniversary_BarredThroughTheAnniversary(string applied, Outcome expected) =>
        Assert.Equal(expected, EnterpriseOutcome(new DateOnly(2018, 6, 10), DateOnly.Parse(applied, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-02-28", Outcome.NotMet)]
    [InlineData("2025-03-01", Outcome.Met)]
    public void Blacklist_BlacklistedOnLeapDay_BarEndsOnTheTwentyEighth(string applied, Outcome expected) =>
        Assert.Equal(expected, EnterpriseOutcome(new DateOnly(2020, 2, 29), DateOnly.Parse(applied, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Blacklist_BlacklistedAfterApplying_QualificationCancelled() =>
        Assert.Equal(Outcome.NotMet, EnterpriseOutcome(new DateOnly(2022, 8, 1), new DateOnly(2022, 4, 1)));

    [Fact]
    public void Blacklist_NeverBlacklisted_Met() =>
        Assert.Equal(Outcome.Met, EnterpriseOutcome(null, new DateOnly(2022, 4, 1)));

    [Fact]
    public void Blacklist_NoApplicationDate_UsesTheAsOfDate()
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting() with { BlacklistedOn = new DateOnly(2018, 1, 15) };

        Assert.Equal(Outcome.NotMet, EnterpriseAssistanceRuleSet.Default.Evaluate(facts, new DateOnly(2023, 1, 15))[RuleId].Outcome);
        Assert.Equal(Outcome.Met, EnterpriseAssistanceRuleSet.Default.Evaluate(facts, new DateOnly(2023, 1, 16))[RuleId].Outcome);
    }

    [Fact]
    public void Blacklist_FarFutureDate_NeverThrows()
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting() with { BlacklistedOn = new DateOnly(9998, 1, 1) };

        Assert.Equal(Outcome.NotMet, EnterpriseAssistanceRuleSet.Default.Evaluate(facts, DateOnly.MaxValue)[RuleId].Outcome);
    }

    [Theory]
    [InlineData("2018-03-01", Outcome.NotMet)]
    [InlineData("2018-02-28", Outcome.Met)]
    public void SharedBase_BlacklistedApplicant_BarredForFiveYearsAsOfTheEvaluation(string blacklisted, Outcome expected)
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { BlacklistedOn = DateOnly.Parse(blacklisted, System.Globalization.CultureInfo.InvariantCulture) };

        Report report = SharedBaseRuleSet.Default.Evaluate(facts, Samples.AsOf);

        Assert.Equal(expected, report[RuleId].Outcome);
        Assert.Equal("hlj-2022-shared-base", report[RuleId].Citation.Document.Id);
        Assert.Equal("七、(三)", report[RuleId].Citation.Section);
    }

    [Fact]
    public void Catalog_BlacklistRule_ListedOnceUnderTheEnterpriseAssistanceAction()
    {
        var entry = Assert.Single(Rules.Catalog.RuleCatalog.Default.Entries, e => e.RuleId == RuleId);

        Assert.True(entry.Implemented);
        Assert.Equal(EnterpriseAssistanceRuleSet.RuleSetId, entry.RuleSetId);
    }

    [Property]
    public Property Blacklist_AnyDates_BarredExactlyWhileNotAfterTheFifthAnniversary()
    {
        Gen<DateOnly> dates = Gen.Choose(DateOnly.Parse("2015-01-01", System.Globalization.CultureInfo.InvariantCulture).DayNumber, DateOnly.Parse("2030-12-31", System.Globalization.CultureInfo.InvariantCulture).DayNumber).Select(DateOnly.FromDayNumber);
        return Prop.ForAll(dates.ToArbitrary(), dates.ToArbitrary(), (blacklisted, applied) =>
        {
            bool expected = applied > new DateOnly(blacklisted.Year + 5, blacklisted.Month, Math.Min(blacklisted.Day, DateTime.DaysInMonth(blacklisted.Year + 5, blacklisted.Month)));
            return (EnterpriseOutcome(blacklisted, applied) == Outcome.Met) == expected;
        });
    }

    [Theory]
    [InlineData("docs/programmes/hlj-enterprise-assistance.md")]
    [InlineData("src/LiveCommerce.Rules/Heilongjiang/FundDiscipline/BlacklistRule.cs")]
    public void Docs_AnniversaryRule_CitesCivilCodeArticle202NotTheHolidayRule(string file)
    {
        // Issue 14 item 8: art. 202 is the corresponding-day rule the bar applies; art. 203 (the holiday rule) is not applied,
        // so it must not be cited.
        string text = File.ReadAllText(Repo.Path(file.Split('/')));

        Assert.Contains("arts. 201, 202", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![0-9])203(?![0-9])", text);
    }

    [Theory]
    [InlineData("2020-02-29", "2025-02-28")] // 2025 has no 29 February: the month's last day (art. 202)
    [InlineData("2023-10-31", "2028-10-31")]
    public void LastBarredDay_CorrespondingDayOrTheMonthsLastDay(string blacklisted, string last)
    {
        DateOnly d = DateOnly.Parse(blacklisted, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly end = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Outcome.NotMet, EnterpriseOutcome(d, end));
        Assert.Equal(Outcome.Met, EnterpriseOutcome(d, end.AddDays(1)));
    }
}
