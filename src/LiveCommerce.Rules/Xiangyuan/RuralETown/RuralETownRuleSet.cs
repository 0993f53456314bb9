using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>
/// The acceptance of the Xiangyuan county Guhan-town rural e-town project (襄垣县培育古韩镇乡村e镇项目 执行标准,
/// 三、(一)–(九)): one finding per deliverable, <c>XY-1-1-RESEARCH</c> … <c>XY-9-3-EMPLOYMENT</c>, each checking the
/// quantities, components and cadences of its "基本要求" and the evidence documents of its "服务要求".
/// </summary>
/// <remarks>
/// <para>A deliverable whose requirements are met but whose evidence is incomplete is
/// <see cref="Outcome.EvidenceIncomplete"/>; a 原则上 shortfall (areas of 100 m² and 2,000 m², 10 offices) is a
/// <see cref="Outcome.Warning"/> carrying the recorded waiver reason, if any. Cadences follow <see cref="ProjectCalendar"/>.
/// Use <see cref="AcceptanceSheet.From(Report)"/> to group a report by the source's sections 一…九.</para>
/// <para>Options (<see cref="RuralETownOptions"/>): calendar or project periods for the cadences and the yearly
/// indicators, and whether a national-conference speech stands in for the media reports of XY-8-1. They are part of
/// every report's fingerprint.</para>
/// <para>Immutable and thread-safe. Thresholds may be tightened through parameters, never loosened.</para>
/// </remarks>
public sealed class RuralETownRuleSet : RuleSet<RuralETownProject>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "xy-rural-e-town";

    /// <summary>The earliest and latest years a project date may fall in.</summary>
    private const int MinYear = 2000, MaxYear = 2100;

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = new(
        RuleSetId,
        "1.1.0",
        new LocalizedText("襄垣县培育古韩镇乡村e镇项目:验收", "Xiangyuan Guhan-town rural e-town project: acceptance"),
        new LocalizedText("山西省长治市襄垣县", "Xiangyuan county, Changzhi, Shanxi"),
        XiangyuanDocuments.RuralETownStandard,
        DocumentStatus.InForce,
        []);

    /// <summary>The parameters with the document's defaults, one per threshold.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = [.. RuralETownClauses.All.SelectMany(s => s.Parameters())];

    private static readonly FrozenDictionary<string, DeliverableSpec> SpecsById = RuralETownClauses.All.ToFrozenDictionary(s => s.Descriptor.Id, StringComparer.Ordinal);

    // Each deliverable's position, for the bit mask of ids already given (only when there are at most 64 deliverables).
    private static readonly FrozenDictionary<string, int> IndexById = RuralETownClauses.All.Length <= 64
        ? RuralETownClauses.All.Select((s, i) => (s.Descriptor.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal)
        : FrozenDictionary<string, int>.Empty;

    private readonly string optionsJson;

    private RuralETownRuleSet(RuralETownOptions options, ParameterSet overrides)
        : base(Description, ParameterDefinitions, Check(options, overrides))
    {
        Options = options;
        optionsJson = string.Create(CultureInfo.InvariantCulture, $"{{\"mediaReports\":\"{options.MediaReports}\",\"periods\":\"{options.Periods}\"}}");
    }

    /// <summary>The rule set with the document's defaults and the default readings.</summary>
    public static RuralETownRuleSet Default { get; } = new(RuralETownOptions.Default, ParameterSet.Empty);

    /// <summary>The reading options in force.</summary>
    public RuralETownOptions Options { get; }

    /// <summary>The ids of every deliverable, in the source's order.</summary>
    public static ImmutableArray<string> DeliverableIds { get; } = [.. RuralETownClauses.All.Select(s => s.Descriptor.Id)];

    /// <summary>Creates the rule set with overrides (a stricter local standard).</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard.</exception>
    public static RuralETownRuleSet Create(ParameterSet? overrides = null) => Create(RuralETownOptions.Default, overrides);

    /// <summary>Creates the rule set with reading options and overrides.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined, or an override is unknown or loosens a standard.</exception>
    public static RuralETownRuleSet Create(RuralETownOptions options, ParameterSet? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options == RuralETownOptions.Default && (overrides is null || overrides.Values.IsEmpty) ? Default : new(options, overrides ?? ParameterSet.Empty);
    }

    /// <summary>The same rule set with other reading options.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined.</exception>
    public RuralETownRuleSet WithOptions(RuralETownOptions options) => Create(options, Parameters.Overrides);

    /// <summary>The evidence documents the "服务要求" of deliverable <paramref name="deliverableId"/> names, in the source's order.</summary>
    /// <exception cref="KeyNotFoundException">No such deliverable.</exception>
    public static ImmutableArray<string> EvidenceOf(string deliverableId) => Spec(deliverableId).Evidence;

    /// <summary>The component, segment, place and condition names a record of <paramref name="deliverableId"/> may list.</summary>
    /// <exception cref="KeyNotFoundException">No such deliverable.</exception>
    public static ImmutableArray<string> ItemsOf(string deliverableId) => Spec(deliverableId).KnownItems;

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => Create(Options, overrides);

    internal override string? FingerprintConfiguration => optionsJson;

    private protected override JsonTypeInfo<RuralETownProject> FactsTypeInfo => JsonContext.Default.RuralETownProject;

    private protected override ImmutableArray<Rule<RuralETownProject>> BuildRules() =>
        [.. RuralETownClauses.All.Select(s => new DeliverableRule(s, Parameters, this))];

    private static ParameterSet Check(RuralETownOptions options, ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!Enum.IsDefined(options.Periods))
        {
            problems.Add("Rule set xy-rural-e-town: the period reading is not one of CalendarPeriods, ProjectPeriods.");
        }

        if (!Enum.IsDefined(options.MediaReports))
        {
            problems.Add("Rule XY-8-1-MEDIA-REPORTS: the media-report reading is not one of ReportsRequired, SpeechSuffices.");
        }

        return problems.Count > 0 ? throw new RuleConfigurationException(problems) : overrides;
    }

    private static DeliverableSpec Spec(string id) =>
        SpecsById.TryGetValue(id, out DeliverableSpec? spec) ? spec : throw new KeyNotFoundException($"No deliverable '{id}'.");

    private protected override void ValidateFacts(RuralETownProject facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.ProjectName, "$.projectName", problems);
        FactsChecks.NotBlank(facts.Town, "$.town", problems);
        bool periodValid = ValidatePeriod(facts, problems);
        // Clean records with distinct ids (the usual case) are tracked in a bit mask; the set is built, from the records
        // already seen, only when a record needs the full check.
        HashSet<string>? seen = null;
        ulong given = 0;
        for (int i = 0; i < facts.Deliverables.Length; i++)
        {
            DeliverableRecord d = facts.Deliverables[i];
            if (seen is null && IsClean(d) && IndexById.TryGetValue(d.Id, out int index) && (given & (1UL << index)) == 0)
            {
                given |= 1UL << index;
                continue;
            }

            if (seen is null)
            {
                seen = new HashSet<string>(StringComparer.Ordinal);
                for (int k = 0; k < i; k++)
                {
                    seen.Add(facts.Deliverables[k].Id);
                }
            }

            ValidateDeliverable(d, i, seen, problems);
        }

        if (periodValid)
        {
            var period = new DateWindow(facts.PeriodStart, facts.PeriodEnd);
            Dated(facts.LiveSellingEvents, static e => e.Date, "$.liveSellingEvents", period, problems);
            Dated(facts.ContentPushes, static e => e.Date, "$.contentPushes", period, problems);
            Dated(facts.Salons, static e => e.Date, "$.salons", period, problems);
            Dated(facts.Contests, static e => e.Date, "$.contests", period, problems);
            ValidateMarket(facts, Options.Periods, problems);
        }

        OneOf(facts.LiveSellingEvents, static e => e.Venue, "$.liveSellingEvents", "venue", RuralETownClauses.LiveVenues, problems);
        OneOf(facts.ContentPushes, static e => e.Account, "$.contentPushes", "account", RuralETownClauses.PushAccounts, problems);
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

    /// <summary>Whether the names are all known and each given once; lists too long to scan are not called clean.</summary>
    private static bool AllKnownOnce<T>(ImmutableArray<T> items, Func<T, string> name, ImmutableArray<string> known)
    {
        if (items.Length > 16)
        {
            return false; // the full check below, with its sets
        }

        for (int j = 0; j < items.Length; j++)
        {
            string n = name(items[j]);
            if (!known.Contains(n))
            {
                return false;
            }

            for (int k = 0; k < j; k++)
            {
                if (string.Equals(name(items[k]), n, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether the record has nothing to report but, possibly, a duplicate id (the checks of
    /// <see cref="ValidateDeliverable"/>, without formatting any path).</summary>
    private static bool IsClean(DeliverableRecord d) =>
        SpecsById.TryGetValue(d.Id, out DeliverableSpec? spec)
        && (d.Count is null || spec.Reads(RecordField.Count))
        && (d.Area is null || spec.Reads(RecordField.Area))
        && (d.DurationSeconds is null || spec.Reads(RecordField.DurationSeconds))
        && AllKnownOnce(d.Items, static i => i.Name, spec.KnownItems)
        && AllKnownOnce(d.Evidence, static e => e, spec.Evidence)
        && (d.WaiverReason is not { } reason || (spec.HasInPrincipleCheck && !string.IsNullOrWhiteSpace(reason)));

    private static void ValidateDeliverable(DeliverableRecord d, int index, HashSet<string> seen, ValidationCollector problems)
    {
        if (IsClean(d) && seen.Add(d.Id))
        {
            return; // the usual case: nothing to report, no path formatted, no sets built
        }

        string path = $"$.deliverables[{index}]";

        if (!SpecsById.TryGetValue(d.Id, out DeliverableSpec? spec))
        {
            problems.Add(path + ".id", "unknown-deliverable", $"未知的交付事项编号“{d.Id}”", $"Unknown deliverable id '{d.Id}'. Known ids: {string.Join(", ", DeliverableIds)}.", d.Id);
            return;
        }

        if (!seen.Add(d.Id))
        {
            problems.Add(path + ".id", "duplicate", $"交付事项“{d.Id}”重复填报", $"The deliverable '{d.Id}' is listed more than once.", d.Id);
        }

        NotApplicable(d.Count is not null && !spec.Reads(RecordField.Count), path + ".count", d.Id, problems);
        NotApplicable(d.Area is not null && !spec.Reads(RecordField.Area), path + ".area", d.Id, problems);
        NotApplicable(d.DurationSeconds is not null && !spec.Reads(RecordField.DurationSeconds), path + ".durationSeconds", d.Id, problems);
        var items = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < d.Items.Length; j++)
        {
            string name = d.Items[j].Name;
            if (!spec.KnownItems.Contains(name, StringComparer.Ordinal))
            {
                string known = spec.KnownItems.IsEmpty ? "(无)" : string.Join("、", spec.KnownItems);
                problems.Add($"{path}.items[{j}].name", "unknown-item", $"“{name}”不是 {d.Id} 的组成项,可填:{known}", $"'{name}' is not an item of {d.Id}; known items: {known}.", name);
            }
            else if (!items.Add(name))
            {
                problems.Add($"{path}.items[{j}].name", "duplicate", $"组成项“{name}”重复", $"The item '{name}' is listed more than once.", name);
            }
        }

        var evidence = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < d.Evidence.Length; j++)
        {
            string name = d.Evidence[j];
            if (!spec.Evidence.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"{path}.evidence[{j}]", "unknown-evidence", $"“{name}”不是 {d.Id} 服务要求所列的佐证资料,可填:{string.Join("、", spec.Evidence)}", $"'{name}' is not an evidence document of {d.Id}; known: {string.Join(", ", spec.Evidence)}.", name);
            }
            else if (!evidence.Add(name))
            {
                problems.Add($"{path}.evidence[{j}]", "duplicate", $"佐证资料“{name}”重复", $"The evidence document '{name}' is listed more than once.", name);
            }
        }

        if (d.WaiverReason is { } reason)
        {
            if (!spec.HasInPrincipleCheck)
            {
                problems.Add(path + ".waiverReason", "waiver-not-applicable", $"{d.Id} 没有“原则上”要求,不能豁免", $"{d.Id} has no in-principle (原则上) requirement to waive.", reason);
            }
            else
            {
                FactsChecks.NotBlank(reason, path + ".waiverReason", problems);
            }
        }
    }

    private static void NotApplicable(bool given, string path, string id, ValidationCollector problems)
    {
        if (given)
        {
            problems.Add(path, "not-applicable", $"{id} 的基本要求不含此项数值,请勿填写", $"{id} has no requirement on this value; leave it out.");
        }
    }

    private static void Dated<T>(ImmutableArray<T> items, Func<T, DateOnly> dateOf, string arrayPath, DateWindow period, ValidationCollector problems)
    {
        int i = 0;
        foreach (T item in items)
        {
            DateOnly date = dateOf(item);
            if (!period.Contains(date))
            {
                problems.Add(
                    $"{arrayPath}[{i}].date",
                    "outside-period",
                    $"日期 {Iso(date)} 不在项目实施期间 {period} 内",
                    $"The date {Iso(date)} is outside the project period {period}.",
                    Iso(date));
            }

            i++;
        }
    }

    private static void OneOf<T>(ImmutableArray<T> items, Func<T, string> valueOf, string arrayPath, string property, ImmutableArray<string> known, ValidationCollector problems)
    {
        int i = 0;
        foreach (T item in items)
        {
            string value = valueOf(item);
            if (!known.Contains(value))
            {
                problems.Add($"{arrayPath}[{i}].{property}", "unknown-name", $"“{value}”无效,可填:{string.Join("、", known)}", $"'{value}' is not one of: {string.Join(", ", known)}.", value);
            }

            i++;
        }
    }

    /// <summary>Whether the market figures have nothing to report (the checks of <see cref="ValidateMarket"/>, without
    /// formatting any path); figures too long to scan are not called clean.</summary>
    private static bool MarketIsClean(RuralETownProject facts, int firstYear, int lastYear)
    {
        MarketIndicators m = facts.Market;
        if (m.BaselineOnlineRetail <= Money.Zero || m.Years.Length > 32)
        {
            return false;
        }

        for (int i = 0; i < m.Years.Length; i++)
        {
            MarketYear y = m.Years[i];
            if (y.Year < firstYear || y.Year > lastYear || y.Towns.Length > 16)
            {
                return false;
            }

            for (int k = 0; k < m.Years.Length; k++)
            {
                if ((k < i && m.Years[k].Year == y.Year) || (y.OnlineRetail <= Money.Zero && m.Years[k].Year == y.Year + 1))
                {
                    return false;
                }
            }

            for (int j = 0; j < y.Towns.Length; j++)
            {
                TownEntities t = y.Towns[j];
                if (string.IsNullOrWhiteSpace(t.Town) || t.NewEcommerceEntities > t.NewLegalEntities)
                {
                    return false;
                }

                for (int k = 0; k < j; k++)
                {
                    if (string.Equals(y.Towns[k].Town, t.Town, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The market figures: each year (a calendar year, or a project year's number under project periods) once,
    /// within the project period, and no zero base.</summary>
    private static void ValidateMarket(RuralETownProject facts, PeriodReading reading, ValidationCollector problems)
    {
        bool project = reading == PeriodReading.ProjectPeriods;
        int firstYear = project ? 1 : facts.PeriodStart.Year;
        int lastYear = project ? ProjectCalendar.CountOf(CadencePeriod.Year, reading, facts.PeriodStart, facts.PeriodEnd) : facts.PeriodEnd.Year;
        if (MarketIsClean(facts, firstYear, lastYear))
        {
            return; // the usual case: nothing to report, no path formatted, no sets built
        }

        MarketIndicators m = facts.Market;
        if (m.BaselineOnlineRetail <= Money.Zero)
        {
            problems.Add("$.market.baselineOnlineRetail", "zero-base", "上年(基期)网络零售额为 0,无法计算同比增长率", "The base year's online retail is zero: year-on-year growth cannot be computed.");
        }

        string Zh(int year) => project ? Inv($"项目第{year}年") : Inv($"{year} 年");
        string En(int year) => project ? Inv($"project year {year}") : year.ToString(CultureInfo.InvariantCulture);
        var years = new HashSet<int>();
        var listed = m.Years.Select(x => x.Year).ToHashSet();
        for (int i = 0; i < m.Years.Length; i++)
        {
            MarketYear y = m.Years[i];
            string path = $"$.market.years[{i}]";
            if (y.Year < firstYear || y.Year > lastYear)
            {
                problems.Add(
                    path + ".year",
                    "outside-period",
                    project ? Inv($"项目第{y.Year}年不在项目实施期间内(项目年度为 1 至 {lastYear})") : Inv($"{y.Year} 年不在项目实施期间内"),
                    project ? Inv($"Project year {y.Year} is outside the project period (project years 1 to {lastYear}).") : Inv($"The year {y.Year} is outside the project period."),
                    y.Year.ToString(CultureInfo.InvariantCulture));
            }

            if (!years.Add(y.Year))
            {
                problems.Add(path + ".year", "duplicate", Inv($"{Zh(y.Year)}重复填报"), project ? Inv($"Project year {y.Year} is listed more than once.") : Inv($"The year {y.Year} is listed more than once."), y.Year.ToString(CultureInfo.InvariantCulture));
            }

            if (y.OnlineRetail <= Money.Zero && listed.Contains(y.Year + 1))
            {
                problems.Add(path + ".onlineRetail", "zero-base", Inv($"{Zh(y.Year)}网络零售额为 0,无法计算{Zh(y.Year + 1)}同比增长率"), Inv($"Online retail of {En(y.Year)} is zero: the growth of {En(y.Year + 1)} cannot be computed."));
            }

            var towns = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < y.Towns.Length; j++)
            {
                TownEntities t = y.Towns[j];
                string townPath = $"{path}.towns[{j}]";
                FactsChecks.NotBlank(t.Town, townPath + ".town", problems);
                if (!towns.Add(t.Town))
                {
                    problems.Add(townPath + ".town", "duplicate", $"镇“{t.Town}”重复", $"The town '{t.Town}' is listed more than once.", t.Town);
                }

                if (t.NewEcommerceEntities > t.NewLegalEntities)
                {
                    problems.Add(townPath + ".newEcommerceEntities", "inconsistent", "开展电商业务的新增主体数不能多于新增法人单位数", "New e-commerce entities cannot exceed new legal entities.");
                }
            }
        }
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
