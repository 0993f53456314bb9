using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;
using LiveCommerce.Rules.Serialization;

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
public sealed class RuralETownRuleSet : RuleSet<RuralETownRuleSet, RuralETownProject, RuralETownOptions>, IRuleSetDeclaration<RuralETownRuleSet, RuralETownOptions>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "xy-rural-e-town";

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = XiangyuanDocuments.RuralETownStandardScope.Describe(
        RuleSetId,
        "1.2.0",
        new LocalizedText("襄垣县培育古韩镇乡村e镇项目:验收", "Xiangyuan Guhan-town rural e-town project: acceptance"));

    /// <summary>The parameters with the document's defaults, one per threshold, as the deliverables declare them.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf([.. RuralETownClauses.All.Select(s => s.Descriptor)]);

    private readonly string optionsJson;

    private RuralETownRuleSet(RuralETownOptions options, ParameterSet overrides)
        : base(options, Check(options, overrides))
    {
        optionsJson = Readings.FingerprintJson(("mediaReports", options.MediaReports), ("periods", options.Periods));
    }

    static RuralETownOptions IRuleSetDeclaration<RuralETownRuleSet, RuralETownOptions>.DefaultOptions => RuralETownOptions.Default;

    /// <summary>The ids of every deliverable, in the source's order.</summary>
    public static ImmutableArray<string> DeliverableIds { get; } = [.. RuralETownClauses.All.Select(s => s.Descriptor.Id)];

    /// <summary>Creates the rule set with overrides (a stricter local standard).</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard.</exception>
    public static RuralETownRuleSet Create(ParameterSet? overrides = null) => Of(RuralETownOptions.Default, overrides);

    /// <summary>Creates the rule set with reading options and overrides.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined, or an override is unknown or loosens a standard.</exception>
    public static RuralETownRuleSet Create(RuralETownOptions options, ParameterSet? overrides = null) =>
        Of(options ?? throw new ArgumentNullException(nameof(options)), overrides);

    static RuralETownRuleSet IRuleSetDeclaration<RuralETownRuleSet, RuralETownOptions>.New(RuralETownOptions options, ParameterSet overrides) => new(options, overrides);

    private protected override JsonTypeInfo<RuralETownProject> FactsTypeInfo => JsonContext.Default.RuralETownProject;

    /// <summary>The evidence documents the "服务要求" of deliverable <paramref name="deliverableId"/> names, in the source's order.</summary>
    /// <exception cref="KeyNotFoundException">No such deliverable.</exception>
    public static ImmutableArray<string> EvidenceOf(string deliverableId) => Spec(deliverableId).Evidence;

    /// <summary>The component, segment, place and condition names a record of <paramref name="deliverableId"/> may list.</summary>
    /// <exception cref="KeyNotFoundException">No such deliverable.</exception>
    public static ImmutableArray<string> ItemsOf(string deliverableId) => Spec(deliverableId).KnownItems;

    internal override string? FingerprintConfiguration => optionsJson;

    private protected override ImmutableArray<Rule<RuralETownProject>> BuildRules() =>
        [.. RuralETownClauses.All.Select(s => new DeliverableRule(s, Parameters, this))];

    private static ParameterSet Check(RuralETownOptions options, ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Readings.CheckDefined(options.Periods, "Rule set xy-rural-e-town", "period reading", problems);
        Readings.CheckDefined(options.MediaReports, "Rule XY-8-1-MEDIA-REPORTS", "media-report reading", problems);
        return Readings.Checked(problems, overrides);
    }

    private static DeliverableSpec Spec(string id) =>
        RuralETownClauses.IndexById.TryGetValue(id, out int index) ? RuralETownClauses.All[index] : throw new KeyNotFoundException($"No deliverable '{id}'.");

    private protected override void ValidateFacts(RuralETownProject facts, ValidationCollector problems) =>
        RuralETownValidation.Validate(facts, Options.Periods, problems);
}
