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

    public IEnumerable<ParameterDefinition> Parameters() => Checks.SelectMany(c => c.Parameters(Descriptor.Id));

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

/// <summary>The data of one check; built into a <see cref="DeliverableCheck"/> once the parameters are resolved.</summary>
internal abstract record CheckSpec
{
    public virtual Severity Severity => Severity.Mandatory;

    public virtual IEnumerable<string> ItemNames => [];

    /// <summary>The numbers of the record the check reads.</summary>
    public virtual IEnumerable<RecordField> Fields => [];

    public virtual IEnumerable<string> ParameterKeys => [];

    public virtual IEnumerable<ParameterDefinition> Parameters(string ruleId) => [];

    public abstract DeliverableCheck Build(ResolvedParameters parameters);
}

/// <summary>A number of the record (count, area, minutes, an item's count or a sum of items' counts) held to a threshold.</summary>
internal sealed record MeasureSpec(
    RecordField Field,
    string Key,
    LocalizedText Subject,
    Threshold Default,
    Severity InPrinciple,
    Func<DeliverableRecord?, decimal> Measure,
    ImmutableArray<string> Items) : CheckSpec
{
    public override Severity Severity => InPrinciple;

    public override IEnumerable<string> ItemNames => Items;

    public override IEnumerable<RecordField> Fields => [Field];

    public override IEnumerable<string> ParameterKeys => [Key];

    public override IEnumerable<ParameterDefinition> Parameters(string ruleId) => [new(Key, ruleId, Subject, Default) { InPrinciple = Severity == Severity.InPrinciple }];

    public override DeliverableCheck Build(ResolvedParameters parameters) => new MeasureCheck(Subject, parameters.ThresholdOf(Key), Severity, Measure);
}

/// <summary>A measure with an alternative the seed offers ("…被市级以上媒体报道或在全国性会议上工作经验交流发言"): under
/// <see cref="MediaReportReading.SpeechSuffices"/> the recorded item <paramref name="Speech"/> meets it instead.</summary>
internal sealed record OrSpeechSpec(MeasureSpec Measure, string Speech) : CheckSpec
{
    public override IEnumerable<string> ItemNames => [.. Measure.ItemNames, Speech];

    public override IEnumerable<RecordField> Fields => Measure.Fields;

    public override IEnumerable<string> ParameterKeys => Measure.ParameterKeys;

    public override IEnumerable<ParameterDefinition> Parameters(string ruleId) => Measure.Parameters(ruleId);

    public override DeliverableCheck Build(ResolvedParameters parameters) => new OrSpeechCheck((MeasureCheck)Measure.Build(parameters), Speech);
}

/// <summary>Named components that must all be present, listed in the record's items or read from dated records.</summary>
internal sealed record PresenceSpec(LocalizedText Kind, ImmutableArray<string> Names, bool FromItems, Func<DeliverableContext, IEnumerable<string>> Source) : CheckSpec
{
    public override IEnumerable<string> ItemNames => FromItems ? Names : [];

    public override DeliverableCheck Build(ResolvedParameters parameters) => new PresenceCheck(Kind, Names, Source);
}

/// <summary>At least N dated records in every due week, quarter or year.</summary>
internal sealed record CadenceSpec(string Key, LocalizedText Subject, CadencePeriod Period, Threshold Default, Func<RuralETownProject, IEnumerable<DateOnly>> Dates) : CheckSpec
{
    public override IEnumerable<string> ParameterKeys => [Key];

    public override IEnumerable<ParameterDefinition> Parameters(string ruleId) => [new(Key, ruleId, Subject, Default)];

    public override DeliverableCheck Build(ResolvedParameters parameters) => new CadenceCheck(Subject, Period, parameters.ThresholdOf(Key), Dates);
}

/// <summary>A 三、(九) yearly indicator with its threshold parameters.</summary>
internal sealed record MarketSpec(ImmutableArray<ParameterDefinition> Definitions, Func<Threshold[], DeliverableCheck> Factory) : CheckSpec
{
    public override IEnumerable<string> ParameterKeys => Definitions.Select(d => d.Key);

    public override IEnumerable<ParameterDefinition> Parameters(string ruleId) => Definitions;

    public override DeliverableCheck Build(ResolvedParameters parameters) => Factory([.. Definitions.Select(d => parameters.ThresholdOf(d.Key))]);
}
