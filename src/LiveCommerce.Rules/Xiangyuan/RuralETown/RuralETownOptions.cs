namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>How the weeks, quarters and years of "每周", "每季度", "每年" and "…/年" are counted: the seed does not say.</summary>
public enum PeriodReading
{
    /// <summary>The default: ISO weeks (Monday–Sunday), calendar quarters and calendar years, each clipped to the project
    /// period. A part-year at either end is still a year of the project, held to the full-year figure and reported as a
    /// part-year; the market figures are given per calendar year.</summary>
    CalendarPeriods,

    /// <summary>The named alternative: periods counted from the project's first day: 7-day weeks, 3-month quarters and
    /// 12-month project years (year 1 starts on the first day). Only the last period can be short. The market figures are
    /// given per project year (<see cref="MarketYear.Year"/> is the project year's number, 1, 2, …) and the baseline is
    /// the 12 months before the first day.</summary>
    ProjectPeriods,
}

/// <summary>Whether a speech at a national conference can stand in for the city-level media reports of 三、(八)1.</summary>
public enum MediaReportReading
{
    /// <summary>The default: the stated target "通稿分发市级及以上媒体的宣传报道不少于2篇" binds; a speech is recorded (the item
    /// <c>全国性会议工作经验交流发言</c>) but does not replace the reports.</summary>
    ReportsRequired,

    /// <summary>The named alternative: the basic requirement's "或在全国性会议上工作经验交流发言" is an alternative: a recorded
    /// speech meets the deliverable even with fewer than 2 reports.</summary>
    SpeechSuffices,
}

/// <summary>The interpretation options of the Xiangyuan rule set; part of every report's fingerprint.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuralETownOptions
{
    /// <summary>The default readings: calendar periods, reports required.</summary>
    public static RuralETownOptions Default { get; } = new();

    /// <summary>How weeks, quarters and years are counted.</summary>
    public PeriodReading Periods { get; init; } = PeriodReading.CalendarPeriods;

    /// <summary>Whether a national-conference speech replaces the media reports of XY-8-1.</summary>
    public MediaReportReading MediaReports { get; init; } = MediaReportReading.ReportsRequired;
}
