using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Goals;

/// <summary>A province whose documents state goals (Xiangyuan county's standard, in Shanxi, states none).</summary>
public enum Province
{
    /// <summary>黑龙江省.</summary>
    Heilongjiang,

    /// <summary>贵州省.</summary>
    Guizhou,

    /// <summary>四川省.</summary>
    Sichuan,

    /// <summary>山西省 (Xiangyuan county): no goal set.</summary>
    Shanxi,
}

/// <summary>
/// The quantified goals of one policy document, as a rule set over <see cref="GoalFigures"/>: one rule per catalog row
/// (<c>HLJ-PLAN-GOALS</c>, <c>SC-GOALS-2025</c> …), and a <see cref="GoalProgressReport"/> per goal.
/// </summary>
/// <remarks>
/// <para>Being a <see cref="RuleSet{TFacts}"/>, a goal set is listed in <see cref="Catalog.RuleCatalog"/>, validates its JSON
/// figures with paths, exports a schema, and its reports carry findings, notices (draft document, deadlines passed) and a
/// fingerprint. <see cref="Progress(GoalFigures, DateOnly)"/> gives the per-goal detail: value, exact percentage of target,
/// status and missing figures.</para>
/// <para>Each goal's target is a tightening-only parameter keyed by the indicator id (a host may raise a target, never
/// lower it). Immutable and thread-safe.</para>
/// </remarks>
public sealed class GoalSet : RuleSet<GoalFigures>
{
    private readonly ImmutableArray<GoalDefinition> definitions;
    private ImmutableArray<GoalDefinition> goals;

    // Derived from the goals once, in BuildRules, so that validating figures builds no lookup per call.
    private Dictionary<string, Unit> figureUnits = [];
    private HashSet<string> listGoalIds = [];
    private HashSet<string> signedIds = [];
    private ImmutableArray<string> listIds = [];

    private GoalSet(RuleSetInfo info, Province province, ImmutableArray<GoalDefinition> definitions, ParameterSet overrides)
        : base(info, [.. definitions.Select(TargetOf)], Preset(definitions, overrides))
    {
        this.definitions = definitions;
        Province = province;
    }

    [ThreadStatic]
    private static ImmutableArray<GoalDefinition> pending;

    /// <summary>The province.</summary>
    public Province Province { get; }

    /// <summary>Every goal, in document order, with the targets in force.</summary>
    public ImmutableArray<GoalDefinition> Goals => goals;

    /// <summary>The ids of the figures the goals read (indicator ids and share parts), in order.</summary>
    public ImmutableArray<string> FigureIds => [.. figureUnits.Keys];

    /// <summary>The ids of the entity lists the goals count.</summary>
    public ImmutableArray<string> ListIds => listIds;

    /// <summary>Defines a goal set.</summary>
    /// <param name="info">The description; its deadlines should be the goals' deadlines.</param>
    /// <param name="province">The province.</param>
    /// <param name="goals">The goals, in document order.</param>
    /// <param name="overrides">Raised targets, keyed by indicator id.</param>
    /// <exception cref="RuleConfigurationException">A goal is inconsistent (duplicate id, a deadline before the document's date,
    /// an unknown input, a unit mismatch) or an override is unknown or lowers a target; every problem is listed.</exception>
    public static GoalSet Define(RuleSetInfo info, Province province, IEnumerable<GoalDefinition> goals, ParameterSet? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(goals);
        ImmutableArray<GoalDefinition> list = [.. goals];
        List<string> problems = Check(info, list);
        return problems.Count > 0 ? throw new RuleConfigurationException(problems) : new GoalSet(info, province, list, overrides ?? ParameterSet.Empty);
    }

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => new GoalSet(Info, Province, definitions, overrides ?? ParameterSet.Empty);

    /// <summary>The progress of every goal as of <paramref name="asOf"/>.</summary>
    /// <exception cref="FactsValidationException">The figures are invalid; every problem is listed.</exception>
    public GoalProgressReport Progress(GoalFigures figures, DateOnly asOf)
    {
        ValidationResult validation = Validate(figures);
        return validation.IsValid ? BuildProgress(figures, asOf) : throw new FactsValidationException(validation);
    }

    /// <summary>Reads figures from UTF-8 JSON and reports progress; never throws on bad input.</summary>
    public GoalProgressResult ProgressJson(ReadOnlySpan<byte> utf8Json, DateOnly asOf)
    {
        ValidationResult validation = ReadFacts(utf8Json, out GoalFigures? figures);
        return validation.IsValid ? new GoalProgressResult(BuildProgress(figures!, asOf), validation) : new GoalProgressResult(null, validation);
    }

    private protected override JsonTypeInfo<GoalFigures> FactsTypeInfo => JsonContext.Default.GoalFigures;

    private protected override ImmutableArray<Rule<GoalFigures>> BuildRules()
    {
        // Called by the base constructor: the definitions come through the thread-static hand-over set by Preset.
        ImmutableArray<GoalDefinition> source = pending;
        pending = default;
        goals = [.. source.Select(g => g with { Target = Parameters.ThresholdOf(TargetOf(g)) })];
        string[] outOfRange = [.. goals.Where(g => g.Target.Bound.Value > (g.Target.Bound.Unit == Unit.Percent ? Percentage.MaxPercent : GoalCalculator.MaxFigure))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"Goal {g.Id}: the target {g.Target.Bound.Value} is out of range."))];
        if (outOfRange.Length > 0)
        {
            throw new RuleConfigurationException(outOfRange);
        }

        figureUnits = FigureUnits(goals);
        listGoalIds = goals.Where(g => g.Measure.Kind == GoalMeasureKind.EntityCount).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        signedIds = goals.Where(g => g.AllowsNegative).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        listIds = [.. goals.Where(g => g.Measure.Kind == GoalMeasureKind.EntityCount).Select(g => g.Measure.Inputs[0]).Distinct()];

        return [.. goals.GroupBy(g => g.RowId, StringComparer.Ordinal).Select(row => (Rule<GoalFigures>)new GoalRowRule(RowDescriptor(row.Key, [.. row]), [.. row]))];
    }

    private protected override void ValidateFacts(GoalFigures facts, ValidationCollector problems)
    {
        Dictionary<string, Unit> units = figureUnits;
        HashSet<string> listGoals = listGoalIds;
        HashSet<string> signed = signedIds;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (facts.Figures.IsDefault)
        {
            problems.Add("$.figures", "required", "缺少 figures(可为空数组)", "The figures are missing (give an empty array for none).");
        }

        ImmutableArray<GoalFigure> figures = facts.Figures.IsDefault ? [] : facts.Figures;
        for (int i = 0; i < figures.Length; i++)
        {
            GoalFigure f = figures[i];
            if (!units.TryGetValue(f.Indicator, out Unit unit))
            {
                if (listGoals.Contains(f.Indicator))
                {
                    problems.Add($"$.figures[{i}].indicator", "list-required", $"指标 {f.Indicator} 须由主体名单计算(名单见 lists),不接受汇总数", $"Indicator {f.Indicator} is counted from a list of entities (see lists), not from a pre-counted number.", f.Indicator);
                }
                else
                {
                    problems.Add($"$.figures[{i}].indicator", "unknown-indicator", $"目标集 {Id} 没有指标 {f.Indicator}。已知指标:{string.Join("、", units.Keys)}", $"Goal set {Id} has no indicator '{f.Indicator}'. Known indicators: {string.Join(", ", units.Keys)}.", f.Indicator);
                }

                continue;
            }

            if (!seen.Add(f.Indicator))
            {
                problems.Add($"$.figures[{i}].indicator", "duplicate", $"指标 {f.Indicator} 重复填报", $"The indicator {f.Indicator} is given more than once.", f.Indicator);
            }

            if (f.Value < 0m && !signed.Contains(f.Indicator))
            {
                problems.Add($"$.figures[{i}].value", "negative", "实际数值不能为负数", "An actual figure must not be negative.", f.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (Math.Abs(f.Value) > GoalCalculator.MaxFigure)
            {
                problems.Add($"$.figures[{i}].value", "range", "数值超出范围(绝对值不超过 999,999,999,999,999.99)", "The figure is out of range (magnitude at most 999,999,999,999,999.99).", f.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (unit.IsWholeNumber() && decimal.Truncate(f.Value) != f.Value)
            {
                problems.Add($"$.figures[{i}].value", "not-whole", "计数指标须为整数", "A count must be a whole number.", f.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (unit == Unit.Yuan && Money.Check(f.Value) is not null)
            {
                problems.Add($"$.figures[{i}].value", "fen", "金额须精确到分(最多两位小数)", "An amount must be in yuan with at most two decimals.", f.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (GoalDefinition share in goals.Where(g => g.Measure.Kind == GoalMeasureKind.Share))
        {
            int part = IndexOf(figures, share.Measure.Inputs[0]);
            int wholeIndex = IndexOf(figures, share.Measure.Inputs[1]);
            if (part >= 0 && wholeIndex >= 0 && figures[part].Value >= 0m && figures[wholeIndex].Value >= 0m)
            {
                GoalFigure whole = figures[wholeIndex];
                if (whole.Value == 0m)
                {
                    problems.Add($"$.figures[{wholeIndex}].value", "zero-denominator", $"{share.Id} 的分母 {whole.Indicator} 为 0,无法计算比重", $"{whole.Indicator}, the denominator of {share.Id}, is zero: the share is undefined.", "0");
                }
                else if (figures[part].Value > whole.Value)
                {
                    problems.Add($"$.figures[{part}].value", "part-exceeds-whole", $"{figures[part].Indicator} 大于 {whole.Indicator},比重不能超过 100%", $"{figures[part].Indicator} exceeds {whole.Indicator}: a share cannot exceed 100%.", figures[part].Value.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        var seenLists = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<EntityList> lists = facts.Lists.IsDefault ? [] : facts.Lists;
        for (int i = 0; i < lists.Length; i++)
        {
            EntityList list = lists[i];
            if (!listIds.Contains(list.List))
            {
                problems.Add($"$.lists[{i}].list", "unknown-list", $"目标集 {Id} 没有名单 {list.List}。已知名单:{string.Join("、", listIds)}", $"Goal set {Id} has no list '{list.List}'. Known lists: {string.Join(", ", listIds)}.", list.List);
                continue;
            }

            if (!seenLists.Add(list.List))
            {
                problems.Add($"$.lists[{i}].list", "duplicate", $"名单 {list.List} 重复填报", $"The list {list.List} is given more than once.", list.List);
            }

            if (list.Entities.IsDefault)
            {
                problems.Add($"$.lists[{i}].entities", "required", "缺少 entities(可为空数组)", "The entities are missing (give an empty array for none).");
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < list.Entities.Length; j++)
            {
                GoalEntity e = list.Entities[j];
                if (string.IsNullOrWhiteSpace(e.Name))
                {
                    FactsChecks.NotBlank(e.Name, $"$.lists[{i}].entities[{j}].name", problems);
                }

                if (!string.IsNullOrWhiteSpace(e.Name) && !names.Add(e.Name.Trim()))
                {
                    problems.Add($"$.lists[{i}].entities[{j}].name", "duplicate", $"名单中“{e.Name}”重复", $"'{e.Name}' appears more than once in the list.", e.Name);
                }

                if (e.AnnualFigure < Money.Zero)
                {
                    problems.Add($"$.lists[{i}].entities[{j}].annualFigure", "negative", "年度数值不能为负数", "An annual figure must not be negative.", e.AnnualFigure.Yuan.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private GoalProgressReport BuildProgress(GoalFigures figures, DateOnly asOf)
    {
        ImmutableArray<GoalProgress> progress = [.. goals.Select(g => GoalCalculator.Compute(g, figures, asOf))];
        return new GoalProgressReport
        {
            GoalSetId = Id,
            Version = Version,
            Title = Title,
            Province = Province,
            Status = Status,
            AsOf = asOf,
            Goals = progress,
            MissingFigures = [.. progress.SelectMany(p => p.MissingFigures).Distinct()],
            Notices = NoticesAsOf(asOf),
            Fingerprint = ComputeFingerprint(figures, asOf),
        };
    }

    private static int IndexOf(ImmutableArray<GoalFigure> figures, string indicator)
    {
        for (int i = 0; i < figures.Length; i++)
        {
            if (figures[i].Indicator == indicator)
            {
                return i;
            }
        }

        return -1;
    }

    private static ParameterSet Preset(ImmutableArray<GoalDefinition> definitions, ParameterSet overrides)
    {
        pending = definitions;
        return overrides;
    }

    /// <summary>A goal's target as the parameter it declares on its row, keyed by the indicator id: the one place a goal's
    /// parameter is made (the rule set's definitions and the target in force are both read through it).</summary>
    private static ParameterDefinition TargetOf(GoalDefinition goal) => new(goal.Id, goal.RowId, goal.Label, goal.Target);

    /// <summary>The catalog row as <see cref="GoalRows"/> declares it (a row it does not declare is described by its first
    /// goal), reading its goals' targets.</summary>
    private static RuleDescriptor RowDescriptor(string rowId, ImmutableArray<GoalDefinition> row)
    {
        GoalDefinition first = row[0];
        RuleDescriptor described = GoalRows.Find(rowId) ?? new RuleDescriptor(rowId, first.Label, first.Citation, Severity.Mandatory, null, []);
        return described with { ParameterKeys = [.. row.Select(g => g.Id)] };
    }

    private static Dictionary<string, Unit> FigureUnits(ImmutableArray<GoalDefinition> goals)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (GoalDefinition g in goals)
        {
            if (g.Measure.Kind == GoalMeasureKind.Figure)
            {
                units.TryAdd(g.Id, g.Target.Bound.Unit);
            }
        }

        foreach (GoalDefinition g in goals.Where(g => g.Measure.Kind == GoalMeasureKind.Share))
        {
            units.TryAdd(g.Measure.Inputs[0], units.TryGetValue(g.Measure.Inputs[1], out Unit u) ? u : Unit.Yuan);
        }

        return units;
    }

    private static List<string> Check(RuleSetInfo info, ImmutableArray<GoalDefinition> goals)
    {
        var problems = new List<string>();
        if (goals.IsEmpty)
        {
            problems.Add($"Goal set '{info.Id}' has no goals.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (GoalDefinition g in goals)
        {
            if (!ids.Add(g.Id))
            {
                problems.Add($"Goal set '{info.Id}': the indicator id '{g.Id}' is used twice.");
            }

            if (g.Deadline < info.Document.IssuedOn)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Goal {g.Id}: the deadline {g.Deadline:yyyy-MM-dd} is before the document's date {info.Document.IssuedOn:yyyy-MM-dd}."));
            }

            if (g.Citation.Document != info.Document && g.Citation.Document.IssuedOn > info.Document.IssuedOn)
            {
                problems.Add($"Goal {g.Id}: it cites '{g.Citation.Document.Id}', issued after the goal set's document.");
            }

            if (g.Target.Bound.Value < 0m)
            {
                problems.Add($"Goal {g.Id}: the target must not be negative.");
            }

            switch (g.Measure.Kind)
            {
                case GoalMeasureKind.EntityCount when g.Target.Bound.Unit != Unit.Count:
                    problems.Add($"Goal {g.Id}: a goal counted over a list needs a target in {Unit.Count}.");
                    break;
                case GoalMeasureKind.Share when g.Target.Bound.Unit != Unit.Percent:
                    problems.Add($"Goal {g.Id}: a share needs a target in {Unit.Percent}.");
                    break;
                case GoalMeasureKind.Share or GoalMeasureKind.Sum:
                    break;
                case GoalMeasureKind.Figure when g.Target.Bound.Unit == Unit.Percent:
                    problems.Add($"Goal {g.Id}: a share must be computed from its part and whole (GoalMeasure.Share), not reported as a percentage.");
                    break;
            }
        }

        foreach (GoalDefinition g in goals)
        {
            IEnumerable<string> inputs = g.Measure.Kind switch
            {
                GoalMeasureKind.Sum => g.Measure.Inputs,
                GoalMeasureKind.Share => [g.Measure.Inputs[1]],
                _ => [],
            };
            foreach (string input in inputs)
            {
                GoalDefinition? source = goals.FirstOrDefault(x => x.Id == input && x.Measure.Kind == GoalMeasureKind.Figure);
                if (source is null)
                {
                    problems.Add($"Goal {g.Id}: input '{input}' is not a reported figure of the goal set.");
                }
                else if (g.Measure.Kind == GoalMeasureKind.Sum && source.Target.Bound.Unit != g.Target.Bound.Unit)
                {
                    problems.Add($"Goal {g.Id}: input '{input}' is in {source.Target.Bound.Unit}, not {g.Target.Bound.Unit}.");
                }
            }
        }

        return problems;
    }
}
