using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>One deliverable as data: its descriptor (id, citation), the checks of its "基本要求" and the evidence
/// documents its "服务要求" names.</summary>
internal sealed record DeliverableSpec(RuleDescriptor Descriptor, ImmutableArray<CheckSpec> Checks, ImmutableArray<string> Evidence)
{
    /// <summary>The item names a record of this deliverable may list.</summary>
    public ImmutableArray<string> KnownItems { get; } = [.. Checks.SelectMany(c => c.ItemNames).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether some check is 原则上 (so a waiver reason may be recorded).</summary>
    public bool HasInPrincipleCheck { get; } = Checks.Any(c => c.Severity == Severity.InPrinciple);

    private readonly int fieldsRead = Checks.SelectMany(c => c.Fields).Aggregate(0, (mask, f) => mask | (1 << (int)f));

    /// <summary>Whether some check reads <paramref name="field"/> of the record.</summary>
    public bool Reads(RecordField field) => (fieldsRead & (1 << (int)field)) != 0;
}

/// <summary>The number of a deliverable record a measure reads.</summary>
internal enum RecordField
{
    Count,
    Area,
    DurationSeconds,
    Items,
}

/// <summary>A threshold a check declares on its clause: the parameter key, its label, the document's default (the only place
/// its number and comparison are written) and whether it is 原则上.</summary>
/// <param name="Key">The parameter key relative to the deliverable's id: empty for the id itself, or a suffix such as
/// <c>-AREA</c> (so the id is written once, in the deliverable's declaration).</param>
/// <param name="Label">What the threshold bounds.</param>
/// <param name="Default">The document's bound and comparison.</param>
/// <param name="InPrinciple">Whether the threshold is 原则上 (a shortfall is a warning).</param>
internal sealed record ThresholdSpec(string Key, LocalizedText Label, Threshold Default, bool InPrinciple = false)
{
    /// <summary>The parameter key on the deliverable <paramref name="ruleId"/>: the id itself, or the id and the suffix.</summary>
    public string KeyOn(string ruleId) => Key.Length == 0 || Key[0] == '-'
        ? ruleId + Key
        : throw new InvalidOperationException($"Rule {ruleId}: the parameter key '{Key}' must be empty or a suffix starting with '-'.");
}

/// <summary>The data of one check; built into a <see cref="DeliverableCheck"/> once the parameters are resolved.</summary>
internal abstract record CheckSpec
{
    public virtual Severity Severity => Severity.Mandatory;

    public virtual IEnumerable<string> ItemNames => [];

    /// <summary>The numbers of the record the check reads.</summary>
    public virtual IEnumerable<RecordField> Fields => [];

    /// <summary>The thresholds the check declares on its clause, in order.</summary>
    public virtual IEnumerable<ThresholdSpec> Thresholds => [];

    /// <summary>Builds the check with the thresholds in force, read from the parameters <paramref name="clause"/> declares.</summary>
    public abstract DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters);

    protected static Threshold InForce(RuleDescriptor clause, ResolvedParameters parameters, ThresholdSpec bound) =>
        parameters.ThresholdOf(clause.Parameter(bound.KeyOn(clause.Id)));
}

/// <summary>A number of the record (count, area, seconds, an item's count or a sum of items' counts) held to a threshold
/// labelled with the number's subject.</summary>
internal sealed record MeasureSpec(RecordField Field, ThresholdSpec Bound, Func<DeliverableRecord?, decimal> Measure, ImmutableArray<string> Items) : CheckSpec
{
    public override Severity Severity => Bound.InPrinciple ? Severity.InPrinciple : Severity.Mandatory;

    public override IEnumerable<string> ItemNames => Items;

    public override IEnumerable<RecordField> Fields => [Field];

    public override IEnumerable<ThresholdSpec> Thresholds => [Bound];

    public override DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters) =>
        new MeasureCheck(Bound.Label, InForce(clause, parameters, Bound), Severity, Measure);
}

/// <summary>A measure with an alternative the seed offers ("…被市级以上媒体报道或在全国性会议上工作经验交流发言"): under
/// <see cref="MediaReportReading.SpeechSuffices"/> the recorded item <paramref name="Speech"/> meets it instead.</summary>
internal sealed record OrSpeechSpec(MeasureSpec Measure, string Speech) : CheckSpec
{
    public override IEnumerable<string> ItemNames => [.. Measure.ItemNames, Speech];

    public override IEnumerable<RecordField> Fields => Measure.Fields;

    public override IEnumerable<ThresholdSpec> Thresholds => Measure.Thresholds;

    public override DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters) =>
        new OrSpeechCheck((MeasureCheck)Measure.Build(clause, parameters), Speech);
}

/// <summary>Named components that must all be present, listed in the record's items or read from dated records.</summary>
internal sealed record PresenceSpec(LocalizedText Kind, ImmutableArray<string> Names, bool FromItems, Func<DeliverableContext, string, bool> IsPresent) : CheckSpec
{
    public override IEnumerable<string> ItemNames => FromItems ? Names : [];

    public override DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters) => new PresenceCheck(Kind, Names, IsPresent);
}

/// <summary>At least N dated records in every due week, quarter or year; the threshold is labelled with the subject.</summary>
internal sealed record CadenceSpec(ThresholdSpec PerPeriod, CadencePeriod Period, Func<RuralETownProject, IEnumerable<DateOnly>> Dates) : CheckSpec
{
    public override IEnumerable<ThresholdSpec> Thresholds => [PerPeriod];

    public override DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters) =>
        new CadenceCheck(PerPeriod.Label, Period, InForce(clause, parameters, PerPeriod), Dates);
}

/// <summary>A 三、(九) yearly indicator with its thresholds, in the order <paramref name="Factory"/> takes them.</summary>
internal sealed record MarketSpec(ImmutableArray<ThresholdSpec> Bounds, Func<Threshold[], DeliverableCheck> Factory) : CheckSpec
{
    public override IEnumerable<ThresholdSpec> Thresholds => Bounds;

    public override DeliverableCheck Build(RuleDescriptor clause, ResolvedParameters parameters) =>
        Factory([.. Bounds.Select(b => InForce(clause, parameters, b))]);
}
