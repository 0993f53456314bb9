using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>
/// The checks of a <see cref="RuralETownProject"/> before evaluation: one walk over the facts that reports every problem
/// with its JSON path. Valid facts allocate nothing: item paths are formatted only when a problem is added, deliverable
/// ids are tracked on the stack, and short lists are searched for repeats by scanning (a long one is indexed in a set).
/// </summary>
internal static class RuralETownValidation
{
    /// <summary>The earliest and latest years a project date may fall in.</summary>
    private const int MinYear = 2000, MaxYear = 2100;

    /// <summary>The longest list searched for repeats by scanning its earlier items; a longer one is indexed in a set.</summary>
    private const int ScanLimit = 32;

    public static void Validate(RuralETownProject facts, PeriodReading reading, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.ProjectName, "$.projectName", problems);
        FactsChecks.NotBlank(facts.Town, "$.town", problems);
        bool periodValid = ValidatePeriod(facts, problems);

        Span<bool> given = stackalloc bool[RuralETownClauses.All.Length];
        for (int i = 0; i < facts.Deliverables.Length; i++)
        {
            Deliverable(facts.Deliverables[i], problems.Item("$.deliverables", i), given);
        }

        if (periodValid)
        {
            Dated(facts.LiveSellingEvents, static e => e.Date, "$.liveSellingEvents", facts, problems);
            Dated(facts.ContentPushes, static e => e.Date, "$.contentPushes", facts, problems);
            Dated(facts.Salons, static e => e.Date, "$.salons", facts, problems);
            Dated(facts.Contests, static e => e.Date, "$.contests", facts, problems);
            Market(facts, reading, problems);
        }

        OneOf(facts.LiveSellingEvents, static e => e.Venue, "$.liveSellingEvents", ".venue", RuralETownClauses.LiveVenues, problems);
        OneOf(facts.ContentPushes, static e => e.Account, "$.contentPushes", ".account", RuralETownClauses.PushAccounts, problems);
    }

    private static bool ValidatePeriod(RuralETownProject facts, ValidationCollector problems)
    {
        bool valid = InYears(facts.PeriodStart, "$.periodStart", problems) & InYears(facts.PeriodEnd, "$.periodEnd", problems);

        if (facts.PeriodEnd < facts.PeriodStart)
        {
            problems.Add("$.periodEnd", "period-order", "项目结束日期早于开始日期", "The project period ends before it starts.", Iso(facts.PeriodEnd));
            valid = false;
        }
        else if (facts.PeriodEnd.DayNumber - facts.PeriodStart.DayNumber >= ProjectCalendar.MaxPeriodDays)
        {
            problems.Add("$.periodEnd", "period-too-long", Inv($"项目实施期间不应超过 {ProjectCalendar.MaxPeriodDays} 天"), Inv($"The project period must not exceed {ProjectCalendar.MaxPeriodDays} days."), Iso(facts.PeriodEnd));
            valid = false;
        }

        return valid;
    }

    private static bool InYears(DateOnly date, string path, ValidationCollector problems)
    {
        if (date.Year is < MinYear or > MaxYear)
        {
            problems.Add(path, "range", Inv($"日期应在 {MinYear} 至 {MaxYear} 年之间"), Inv($"The date must fall in the years {MinYear} to {MaxYear}."), Iso(date));
            return false;
        }

        return true;
    }

    /// <summary>One deliverable record: a known id given once, only the values its checks read, known item and evidence
    /// names each given once, and a waiver reason only where some check is 原则上.</summary>
    private static void Deliverable(DeliverableRecord d, ItemProblems item, Span<bool> given)
    {
        if (!RuralETownClauses.IndexById.TryGetValue(d.Id, out int index))
        {
            item.Add(".id", "unknown-deliverable", $"未知的交付事项编号“{d.Id}”", $"Unknown deliverable id '{d.Id}'. Known ids: {string.Join(", ", RuralETownRuleSet.DeliverableIds)}.", d.Id);
            return;
        }

        if (given[index])
        {
            item.Add(".id", "duplicate", $"交付事项“{d.Id}”重复填报", $"The deliverable '{d.Id}' is listed more than once.", d.Id);
        }

        given[index] = true;
        DeliverableSpec spec = RuralETownClauses.All[index];
        NotApplicable(d.Count is not null && !spec.Reads(RecordField.Count), item, ".count", d.Id);
        NotApplicable(d.Area is not null && !spec.Reads(RecordField.Area), item, ".area", d.Id);
        NotApplicable(d.DurationSeconds is not null && !spec.Reads(RecordField.DurationSeconds), item, ".durationSeconds", d.Id);

        HashSet<string>? items = null;
        for (int j = 0; j < d.Items.Length; j++)
        {
            string name = d.Items[j].Name;
            if (!spec.KnownItems.Contains(name))
            {
                string known = spec.KnownItems.IsEmpty ? "(无)" : string.Join("、", spec.KnownItems);
                item.Add(Inv($".items[{j}].name"), "unknown-item", $"“{name}”不是 {d.Id} 的组成项,可填:{known}", $"'{name}' is not an item of {d.Id}; known items: {known}.", name);
            }
            else if (Repeats(d.Items, j, static i => i.Name, ref items))
            {
                item.Add(Inv($".items[{j}].name"), "duplicate", $"组成项“{name}”重复", $"The item '{name}' is listed more than once.", name);
            }
        }

        HashSet<string>? evidence = null;
        for (int j = 0; j < d.Evidence.Length; j++)
        {
            string name = d.Evidence[j];
            if (!spec.Evidence.Contains(name))
            {
                item.Add(Inv($".evidence[{j}]"), "unknown-evidence", $"“{name}”不是 {d.Id} 服务要求所列的佐证资料,可填:{string.Join("、", spec.Evidence)}", $"'{name}' is not an evidence document of {d.Id}; known: {string.Join(", ", spec.Evidence)}.", name);
            }
            else if (Repeats(d.Evidence, j, static e => e, ref evidence))
            {
                item.Add(Inv($".evidence[{j}]"), "duplicate", $"佐证资料“{name}”重复", $"The evidence document '{name}' is listed more than once.", name);
            }
        }

        if (d.WaiverReason is { } reason)
        {
            if (!spec.HasInPrincipleCheck)
            {
                item.Add(".waiverReason", "waiver-not-applicable", $"{d.Id} 没有“原则上”要求,不能豁免", $"{d.Id} has no in-principle (原则上) requirement to waive.", reason);
            }
            else
            {
                item.NotBlank(reason, ".waiverReason");
            }
        }
    }

    private static void NotApplicable(bool given, ItemProblems item, string member, string id)
    {
        if (given)
        {
            item.Add(member, "not-applicable", $"{id} 的基本要求不含此项数值,请勿填写", $"{id} has no requirement on this value; leave it out.");
        }
    }

    private static void Dated<T>(ImmutableArray<T> items, Func<T, DateOnly> dateOf, string arrayPath, RuralETownProject facts, ValidationCollector problems)
    {
        for (int i = 0; i < items.Length; i++)
        {
            DateOnly date = dateOf(items[i]);
            if (date < facts.PeriodStart || date > facts.PeriodEnd)
            {
                var period = new DateWindow(facts.PeriodStart, facts.PeriodEnd);
                problems.Item(arrayPath, i).Add(".date", "outside-period", $"日期 {Iso(date)} 不在项目实施期间 {period} 内", $"The date {Iso(date)} is outside the project period {period}.", Iso(date));
            }
        }
    }

    private static void OneOf<T>(ImmutableArray<T> items, Func<T, string> valueOf, string arrayPath, string member, ImmutableArray<string> known, ValidationCollector problems)
    {
        for (int i = 0; i < items.Length; i++)
        {
            string value = valueOf(items[i]);
            if (!known.Contains(value))
            {
                problems.Item(arrayPath, i).Add(member, "unknown-name", $"“{value}”无效,可填:{string.Join("、", known)}", $"'{value}' is not one of: {string.Join(", ", known)}.", value);
            }
        }
    }

    /// <summary>The market figures: each year (a calendar year, or a project year's number under project periods) once,
    /// within the project period, no zero base, and each year's towns named once with consistent counts.</summary>
    private static void Market(RuralETownProject facts, PeriodReading reading, ValidationCollector problems)
    {
        bool project = reading == PeriodReading.ProjectPeriods;
        int firstYear = project ? 1 : facts.PeriodStart.Year;
        int lastYear = project ? ProjectCalendar.CountOf(CadencePeriod.Year, reading, facts.PeriodStart, facts.PeriodEnd) : facts.PeriodEnd.Year;
        MarketIndicators m = facts.Market;
        if (m.BaselineOnlineRetail <= Money.Zero)
        {
            problems.Add("$.market.baselineOnlineRetail", "zero-base", "上年(基期)网络零售额为 0,无法计算同比增长率", "The base year's online retail is zero: year-on-year growth cannot be computed.");
        }

        string Zh(int year) => project ? Inv($"项目第{year}年") : Inv($"{year} 年");
        string En(int year) => project ? Inv($"project year {year}") : year.ToString(CultureInfo.InvariantCulture);
        HashSet<int>? earlier = null, listed = null;
        for (int i = 0; i < m.Years.Length; i++)
        {
            MarketYear y = m.Years[i];
            ItemProblems year = problems.Item("$.market.years", i);
            if (y.Year < firstYear || y.Year > lastYear)
            {
                year.Add(
                    ".year",
                    "outside-period",
                    project ? Inv($"项目第{y.Year}年不在项目实施期间内(项目年度为 1 至 {lastYear})") : Inv($"{y.Year} 年不在项目实施期间内"),
                    project ? Inv($"Project year {y.Year} is outside the project period (project years 1 to {lastYear}).") : Inv($"The year {y.Year} is outside the project period."),
                    y.Year.ToString(CultureInfo.InvariantCulture));
            }

            if (Repeats(m.Years, i, static x => x.Year, ref earlier))
            {
                year.Add(".year", "duplicate", Inv($"{Zh(y.Year)}重复填报"), project ? Inv($"Project year {y.Year} is listed more than once.") : Inv($"The year {y.Year} is listed more than once."), y.Year.ToString(CultureInfo.InvariantCulture));
            }

            if (y.OnlineRetail <= Money.Zero && Lists(m.Years, y.Year + 1, ref listed))
            {
                year.Add(".onlineRetail", "zero-base", Inv($"{Zh(y.Year)}网络零售额为 0,无法计算{Zh(y.Year + 1)}同比增长率"), Inv($"Online retail of {En(y.Year)} is zero: the growth of {En(y.Year + 1)} cannot be computed."));
            }

            HashSet<string>? towns = null;
            for (int j = 0; j < y.Towns.Length; j++)
            {
                TownEntities t = y.Towns[j];
                if (string.IsNullOrWhiteSpace(t.Town))
                {
                    year.NotBlank(t.Town, Inv($".towns[{j}].town"));
                }

                if (Repeats(y.Towns, j, static x => x.Town, ref towns))
                {
                    year.Add(Inv($".towns[{j}].town"), "duplicate", $"镇“{t.Town}”重复", $"The town '{t.Town}' is listed more than once.", t.Town);
                }

                if (t.NewEcommerceEntities > t.NewLegalEntities)
                {
                    year.Add(Inv($".towns[{j}].newEcommerceEntities"), "inconsistent", "开展电商业务的新增主体数不能多于新增法人单位数", "New e-commerce entities cannot exceed new legal entities.");
                }
            }
        }
    }

    /// <summary>Whether the key of item <paramref name="index"/> is that of an earlier item. A short list (the usual case)
    /// is scanned, allocating nothing; a long one is indexed in <paramref name="seen"/> as it is walked, so the caller asks
    /// in index order, for every item whose repeats count.</summary>
    private static bool Repeats<T, TKey>(ImmutableArray<T> items, int index, Func<T, TKey> key, ref HashSet<TKey>? seen)
    {
        TKey k = key(items[index]);
        if (items.Length > ScanLimit)
        {
            return !(seen ??= []).Add(k);
        }

        for (int j = 0; j < index; j++)
        {
            if (EqualityComparer<TKey>.Default.Equals(key(items[j]), k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some year of <paramref name="years"/> is <paramref name="year"/>: a short list is scanned, a long
    /// one indexed once in <paramref name="all"/>.</summary>
    private static bool Lists(ImmutableArray<MarketYear> years, int year, ref HashSet<int>? all)
    {
        if (years.Length > ScanLimit)
        {
            all ??= [.. years.Select(y => y.Year)];
            return all.Contains(year);
        }

        foreach (MarketYear y in years)
        {
            if (y.Year == year)
            {
                return true;
            }
        }

        return false;
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
