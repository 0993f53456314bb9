using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownCadenceTests
{
    private const string Live = "XY-4-8-WEEKLY-LIVE";

    [Fact]
    public void Evaluate_WeekWithoutLiveEvent_NotMetNamingTheWeek()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { LiveSellingEvents = [.. p.LiveSellingEvents.Where(e => e.Date != new DateOnly(2024, 3, 4))] };

        Finding f = Evaluate.Project(p)[Live];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2024-W10 (2024-03-04..2024-03-10)", f.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("75 个周中有 1 个", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EventOnSundayOfTheSameWeek_CoversTheWeek()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { LiveSellingEvents = [.. p.LiveSellingEvents.Select(e => e.Date == new DateOnly(2024, 3, 4) ? e with { Date = new DateOnly(2024, 3, 10) } : e)] };

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p, Live));
    }

    [Fact]
    public void Evaluate_WeekSpanningNewYear_IsOneIsoWeek()
    {
        // 2024-12-30 (Mon) .. 2025-01-05 (Sun) is 2025-W01: one event on 2025-01-02 covers it.
        RuralETownProject p = Short(new DateOnly(2024, 12, 23), new DateOnly(2025, 1, 12), new DateOnly(2024, 12, 23), new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 6));
        RuralETownProject missing = Short(new DateOnly(2024, 12, 23), new DateOnly(2025, 1, 12), new DateOnly(2024, 12, 23), new DateOnly(2025, 1, 6));

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p, Live, new DateOnly(2025, 1, 31)));
        Finding f = Evaluate.Project(missing, new DateOnly(2025, 1, 31))[Live];
        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2025-W01 (2024-12-30..2025-01-05)", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PeriodStartingMidWeek_FirstWeekClippedAndStillRequired()
    {
        // 2024-07-03 is a Wednesday: the first week counts from Wednesday to Sunday 2024-07-07.
        DateOnly start = new(2024, 7, 3), end = new(2024, 7, 21);
        RuralETownProject met = Short(start, end, new DateOnly(2024, 7, 7), new DateOnly(2024, 7, 8), new DateOnly(2024, 7, 15));
        RuralETownProject missed = Short(start, end, new DateOnly(2024, 7, 8), new DateOnly(2024, 7, 15));

        Assert.Equal(Outcome.Met, Evaluate.Outcome(met, Live, end));
        Finding f = Evaluate.Project(missed, end)[Live];
        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2024-W27 (2024-07-03..2024-07-07)", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void DueWindows_WeekStillRunningOnAsOf_IsNotDue()
    {
        IReadOnlyList<CadenceWindow> weeks = ProjectCalendar.DueWindows(CadencePeriod.Week, new DateOnly(2024, 7, 3), new DateOnly(2024, 7, 31), new DateOnly(2024, 7, 16));

        Assert.Equal(["2024-W27", "2024-W28"], weeks.Select(w => w.Label));
        Assert.True(weeks[0].IsPartial);
        Assert.False(weeks[1].IsPartial);
    }

    [Fact]
    public void DueWindows_QuartersAndYears_ClippedToThePeriod()
    {
        DateOnly start = new(2023, 8, 1), end = new(2025, 7, 31);

        IReadOnlyList<CadenceWindow> quarters = ProjectCalendar.DueWindows(CadencePeriod.Quarter, start, end, end);
        IReadOnlyList<CadenceWindow> years = ProjectCalendar.DueWindows(CadencePeriod.Year, start, end, end);

        Assert.Equal(9, quarters.Count);
        Assert.Equal(new CadenceWindow("2023Q3", start, new DateOnly(2023, 9, 30), true), quarters[0]);
        Assert.Equal(new CadenceWindow("2025Q3", new DateOnly(2025, 7, 1), end, true), quarters[^1]);
        Assert.Equal(["2023", "2024", "2025"], years.Select(y => y.Label));
    }

    [Fact]
    public void Evaluate_QuarterWhoseOnlySalonHasNoTheme_NotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Salons = [.. p.Salons.Select(s => s.Date == new DateOnly(2024, 3, 15) ? s with { Theme = " " } : s)] };

        Finding f = Evaluate.Project(p)["XY-6-7-SALONS"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2024Q1", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_YearWithoutContest_NotMetNamingTheYear()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Contests = [.. p.Contests.Where(c => c.Date.Year != 2024)] };

        Finding f = Evaluate.Project(p)["XY-5-5-CONTEST"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2024 (2024-01-01..2024-12-31)", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_YearNotEndedByAsOf_NotYetRequired()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Contests = [.. p.Contests.Where(c => c.Date.Year != 2024)] };

        Assert.Equal(Outcome.Met, Evaluate.Outcome(p, "XY-5-5-CONTEST", new DateOnly(2024, 12, 30)));
    }

    [Fact]
    public void Evaluate_WeekWithoutContentPush_NewMediaNotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { ContentPushes = [.. p.ContentPushes.Where(c => c.Date != XiangyuanSamples.Start)] };

        Finding f = Evaluate.Project(p)["XY-4-6-NEW-MEDIA"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2023-W31 (2023-08-01..2023-08-06)", f.Message.ZhCn, StringComparison.Ordinal);
    }

    private static RuralETownProject Short(DateOnly start, DateOnly end, params DateOnly[] events)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        return p with
        {
            PeriodStart = start,
            PeriodEnd = end,
            LiveSellingEvents = [.. events.Select((d, i) => new LiveSellingEvent { Date = d, Venue = RuralETownClausesVenues[i % 3] })],
            ContentPushes = [],
            Salons = [],
            Contests = [],
            Market = p.Market with { Years = [] },
        };
    }

    private static readonly string[] RuralETownClausesVenues = ["直播间", "原产地", "展厅"];
}
