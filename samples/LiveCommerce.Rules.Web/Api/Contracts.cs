using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>A programme (rule set) as listed by <c>GET /programs</c>.</summary>
internal sealed record ProgramSummary(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText Jurisdiction,
    DocumentInfo Document,
    DocumentStatus Status,
    PeriodInfo? EffectiveWindow,
    ImmutableArray<DeadlineInfo> Deadlines,
    int RuleCount,
    bool IsGoalSet,
    ProgramLinks Links);

/// <summary>The source document of a programme.</summary>
internal sealed record DocumentInfo(string Id, LocalizedText Title, LocalizedText Issuer, DateOnly IssuedOn, string? Reference)
{
    public static DocumentInfo From(SourceDocument d) => new(d.Id, d.Title, d.Issuer, d.IssuedOn, d.Reference);
}

/// <summary>A period, both ends included.</summary>
internal sealed record PeriodInfo(DateOnly Start, DateOnly End);

/// <summary>A deadline the programme declares.</summary>
internal sealed record DeadlineInfo(DateOnly Date, LocalizedText Label, string? RuleId);

/// <summary>Where to find a programme's rules, schema and evaluation.</summary>
internal sealed record ProgramLinks(string Rules, string Schema, string Evaluate);

/// <summary>A programme's rules and parameters in force (<c>GET /programs/{id}/rules</c>).</summary>
internal sealed record ProgramRules(string ProgramId, string Version, ImmutableArray<RuleInfo> Rules, ImmutableArray<ParameterInfo> Parameters);

/// <summary>One rule: id, clause, severity and comparison.</summary>
internal sealed record RuleInfo(
    string Id,
    LocalizedText Subject,
    CitationInfo Citation,
    Severity Severity,
    Comparison? Comparison,
    ImmutableArray<string> ParameterKeys);

/// <summary>Where a rule comes from: document, section as numbered there, the verbatim clause and an English summary.</summary>
internal sealed record CitationInfo(string DocumentId, LocalizedText DocumentTitle, string Section, string Clause, string Summary);

/// <summary>One parameter: its document default and the value in force (a configured stricter standard).</summary>
internal sealed record ParameterInfo(
    string Key,
    string RuleId,
    LocalizedText Label,
    Unit Unit,
    Comparison? Comparison,
    string? Wording,
    decimal? DefaultValue,
    decimal? Value,
    bool Overridden,
    bool TighteningOnly);

/// <summary>One validation problem: JSON path, stable code and message.</summary>
internal sealed record ProblemEntry(string Path, string Code, string Message, string? AttemptedValue);

/// <summary>A shipped sample (<c>GET /samples</c>).</summary>
/// <param name="Folder">The folder under samples/data (the rule set it was written for).</param>
/// <param name="File">The file name.</param>
/// <param name="ProgramId">The programme the sample's facts are for, when one accepts them.</param>
/// <param name="Url">Where to fetch it.</param>
internal sealed record SampleInfo(string Folder, string File, string? ProgramId, string Url);

/// <summary>A goal set (<c>GET /goals</c>): a programme whose id ends in <c>-goals</c>.</summary>
internal sealed record GoalSetInfo(string ProgramId, LocalizedText Title, LocalizedText Jurisdiction, string Url);

/// <summary>The host's source-generated JSON contract (camelCase, enums as strings), matching the library's.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ImmutableArray<ProgramSummary>))]
[JsonSerializable(typeof(ProgramRules))]
[JsonSerializable(typeof(ImmutableArray<ProblemEntry>))]
[JsonSerializable(typeof(ImmutableArray<SampleInfo>))]
[JsonSerializable(typeof(ImmutableArray<GoalSetInfo>))]
[JsonSerializable(typeof(ImmutableArray<string>))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))]
internal sealed partial class WebJsonContext : JsonSerializerContext
{
}
