using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>The API: programmes, their rules and schemas, evaluation, goal progress and the shipped samples.</summary>
internal static class ProgramEndpoints
{
    private const string Json = "application/json";

    private static readonly JsonSerializerOptions SchemaWriting = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Maps every endpoint of the API.</summary>
    public static IEndpointRouteBuilder MapLiveCommerceApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder programs = app.MapGroup("/programs").WithTags("Programmes");
        programs.MapGet("/", ListPrograms)
            .WithName("ListPrograms")
            .WithSummary("Every programme (rule set) in the catalog")
            .WithDescription("Id, version, title, jurisdiction, source document, status, effective window and deadlines of every rule set the library lists.");
        programs.MapGet("/{id}/rules", GetRules)
            .WithName("GetProgramRules")
            .WithSummary("A programme's rules and parameters in force")
            .WithDescription("Each rule with its citation (document, section, verbatim clause), severity and comparison; each parameter with the document default and the value in force (a stricter standard configured under LiveCommerceRules:ParameterOverrides).");
        programs.MapGet("/{id}/schema", GetSchema)
            .WithName("GetProgramSchema")
            .WithSummary("The JSON Schema of a programme's facts")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/schema+json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        programs.MapPost("/{id}/evaluate", Evaluate)
            .WithName("EvaluateProgram")
            .WithSummary("Evaluate facts against a programme")
            .WithDescription("The body is the programme's facts as JSON (see its schema). Returns the report (for a goal set, the progress of each goal): every finding clause by clause with its citation, outcome, measured value and threshold, amounts (caps), notices and a fingerprint; messages in zh-CN and en. Invalid facts give 422 (400 for malformed or too deeply nested JSON) with every problem's JSON path, code and message under `problems`. `asOf` (yyyy-MM-dd) defaults to today; `lang` (zh-CN or en) selects the language of problem messages; `engine=nrules` evaluates with the generated NRules rule set (the same report).")
            .AcceptsFactsBody();

        RouteGroupBuilder goals = app.MapGroup("/goals").WithTags("Goal progress");
        goals.MapGet("/", ListGoalSets)
            .WithName("ListGoalSets")
            .WithSummary("Every goal set in the catalog (rule sets whose id ends in -goals)");
        goals.MapPost("/{province}", EvaluateGoals)
            .WithName("EvaluateGoals")
            .WithSummary("A province's progress against its goal set")
            .WithDescription("Evaluates the body against the goal set (id ending in -goals) whose jurisdiction is the province, named in Chinese or English. 404 when the province has no goal set; when it has several, choose one with `program`.")
            .AcceptsFactsBody();

        RouteGroupBuilder samples = app.MapGroup("/samples").WithTags("Samples");
        samples.MapGet("/", ListSamples)
            .WithName("ListSamples")
            .WithSummary("The shipped sample applications (read-only)");
        samples.MapGet("/{folder}/{file}", GetSample)
            .WithName("GetSample")
            .WithSummary("One shipped sample")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static Ok<ImmutableArray<ProgramSummary>> ListPrograms(RuleCatalog catalog) =>
        TypedResults.Ok(ImmutableArray.CreateRange(catalog.RuleSets, r => Summarise(r, catalog.RegistrationOf(r.Id))));

    internal static Results<Ok<ProgramRules>, ProblemHttpResult> GetRules(string id, RuleCatalog catalog)
    {
        if (!catalog.TryGet(id, out RuleSet? ruleSet))
        {
            return ApiProblems.UnknownProgram(id, catalog, ReportLanguage.ChineseSimplified);
        }

        ResolvedParameters parameters = ruleSet.Parameters;
        ImmutableArray<RuleInfo> rules = [.. ruleSet.Rules.Select(r => new RuleInfo(
            r.Id,
            r.Subject,
            new CitationInfo(r.Citation.Document.Id, r.Citation.Document.Title, r.Citation.Section, r.Citation.Clause, r.Citation.Summary),
            r.Severity,
            r.Comparison,
            r.ParameterKeys))];
        ImmutableArray<ParameterInfo> definitions = [.. parameters.Definitions.Select(d => new ParameterInfo(
            d.Key,
            d.RuleId,
            d.Label,
            d.Unit,
            d.Comparison,
            d.Wording,
            d.DefaultValue,
            parameters.ValueOf(d.Key),
            parameters.Overrides.Values.ContainsKey(d.Key),
            d.TighteningOnly))];
        return TypedResults.Ok(new ProgramRules(ruleSet.Id, ruleSet.Version, rules, definitions));
    }

    internal static IResult GetSchema(string id, RuleCatalog catalog) =>
        catalog.TryGet(id, out RuleSet? ruleSet)
            ? TypedResults.Text(ruleSet.GetFactsSchema().ToJsonString(SchemaWriting), "application/schema+json; charset=utf-8")
            : ApiProblems.UnknownProgram(id, catalog, ReportLanguage.ChineseSimplified);

    internal static async Task<IResult> Evaluate(
        string id,
        [FromQuery] string? asOf,
        [FromQuery] string? lang,
        [FromQuery] string? engine,
        HttpRequest request,
        RuleCatalog catalog,
        NRulesEvaluators nrules,
        IOptions<LiveCommerceWebOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (ParseQuery(asOf, lang, time, out DateOnly date, out ReportLanguage language) is { } badQuery)
        {
            return badQuery;
        }

        if (engine is not (null or "core" or "nrules"))
        {
            return ApiProblems.BadQuery("engine", "unknown", new LocalizedText("engine 应为 core 或 nrules", "engine must be core or nrules."), engine, language);
        }

        if (!catalog.TryGet(id, out RuleSet? ruleSet))
        {
            return ApiProblems.UnknownProgram(id, catalog, language);
        }

        GoalTracking? goals = catalog.RegistrationOf(id).Goals;
        if (engine == "nrules" && goals is not null)
        {
            return ApiProblems.BadQuery("engine", "goal-set", new LocalizedText("目标进度仅由核心引擎计算", "Goal progress is computed by the core engine only."), engine, language);
        }

        Func<ReadOnlyMemory<byte>, EvaluationResult>? evaluate = engine == "nrules" ? body => nrules[id].EvaluateJson(body.Span, date) : null;
        return await EvaluateBody(ruleSet, goals, request, date, language, options.Value.MaxRequestBodyBytes, cancellationToken, evaluate);
    }

    internal static Ok<ImmutableArray<GoalSetInfo>> ListGoalSets(RuleCatalog catalog) =>
        TypedResults.Ok(ImmutableArray.CreateRange(GoalSets.All(catalog), r => new GoalSetInfo(
            r.Id, r.Title, r.Info.Jurisdiction, $"/goals/{Uri.EscapeDataString(r.Info.Jurisdiction.ZhCn)}?program={Uri.EscapeDataString(r.Id)}")));

    internal static async Task<IResult> EvaluateGoals(
        string province,
        [FromQuery] string? program,
        [FromQuery] string? asOf,
        [FromQuery] string? lang,
        HttpRequest request,
        RuleCatalog catalog,
        IOptions<LiveCommerceWebOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (ParseQuery(asOf, lang, time, out DateOnly date, out ReportLanguage language) is { } badQuery)
        {
            return badQuery;
        }

        ImmutableArray<RuleSet> candidates = GoalSets.For(catalog, province);
        ImmutableArray<RuleSet> all = GoalSets.All(catalog);
        string known = all.IsEmpty
            ? ApiProblems.T(language, "目录中尚无目标集。", "The catalog has no goal sets yet.")
            : ApiProblems.T(language, "已有目标集:", "Goal sets: ") + string.Join(", ", all.Select(r => $"{r.Id} ({r.Info.Jurisdiction.Get(language)})"));
        if (candidates.IsEmpty)
        {
            return ApiProblems.Problem(
                StatusCodes.Status404NotFound,
                ApiProblems.T(language, "没有该省的目标集", "No goal set for this province"),
                ApiProblems.T(language, $"“{province}”没有目标集(id 以 -goals 结尾的规则集)。{known}", $"There is no goal set (a rule set whose id ends in -goals) for '{province}'. {known}"),
                extensions: new() { ["province"] = province });
        }

        RuleSet? chosen = program is null
            ? (candidates.Length == 1 ? candidates[0] : null)
            : candidates.FirstOrDefault(r => r.Id == program);
        if (chosen is null && program is not null)
        {
            return ApiProblems.Problem(
                StatusCodes.Status404NotFound,
                ApiProblems.T(language, "没有该目标集", "No such goal set"),
                ApiProblems.T(language, $"“{province}”没有目标集“{program}”。{known}", $"'{province}' has no goal set '{program}'. {known}"),
                extensions: new() { ["province"] = province });
        }

        if (chosen is null)
        {
            var message = new LocalizedText(
                $"“{province}”有多个目标集,请用 program 指定其一:{string.Join(", ", candidates.Select(r => r.Id))}",
                $"'{province}' has several goal sets; choose one with program: {string.Join(", ", candidates.Select(r => r.Id))}.");
            return ApiProblems.BadQuery("program", "ambiguous", message, null, language);
        }

        return await EvaluateBody(chosen, catalog.RegistrationOf(chosen.Id).Goals, request, date, language, options.Value.MaxRequestBodyBytes, cancellationToken);
    }

    internal static Ok<ImmutableArray<SampleInfo>> ListSamples(SampleLibrary library) => TypedResults.Ok(library.Samples);

    internal static IResult GetSample(string folder, string file, SampleLibrary library) =>
        library.TryGet(folder, file, out byte[] content)
            ? TypedResults.Bytes(content, Json)
            : ApiProblems.Problem(
                StatusCodes.Status404NotFound,
                "No such sample",
                $"There is no sample '{folder}/{file}'. GET /samples lists them.");

    private static async Task<IResult> EvaluateBody(RuleSet ruleSet, GoalTracking? goals, HttpRequest request, DateOnly asOf, ReportLanguage language, long limit, CancellationToken cancellationToken, Func<ReadOnlyMemory<byte>, EvaluationResult>? evaluate = null)
    {
        (ReadOnlyMemory<byte> body, IResult? problem) = await FactsBody.ReadAsync(request, limit, language, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        request.HttpContext.Response.Headers.ContentLanguage = language == ReportLanguage.English ? "en" : "zh-CN";
        if (goals is not null)
        {
            // A goal set answers with per-goal progress: value, percentage of target, status, missing figures.
            LiveCommerce.Rules.Goals.GoalProgressResult progress = goals.ProgressJson(ruleSet, body.Span, asOf);
            return progress.Report is { } report
                ? TypedResults.Bytes(System.Text.Encoding.UTF8.GetBytes(LiveCommerceJson.Serialize(report)), Json)
                : ApiProblems.InvalidFacts(ruleSet.Id, progress.Validation, language);
        }

        EvaluationResult result = evaluate is null ? ruleSet.EvaluateJson(body.Span, asOf) : evaluate(body);
        if (result.Report is not { } evaluated)
        {
            return ApiProblems.InvalidFacts(ruleSet.Id, result.Validation, language);
        }

        // Dated after the deadline or before the opening: the answer says so next to its outcome.
        byte[] json = LiveCommerceJson.SerializeToUtf8Bytes(evaluated);
        return TypedResults.Bytes(global::LiveCommerce.Rules.Hosting.ProgrammeWindow.Of(ruleSet, asOf) is { } window ? window.AddTo(json, indented: false) : json, Json);
    }

    private static ProblemHttpResult? ParseQuery(string? asOf, string? lang, TimeProvider time, out DateOnly date, out ReportLanguage language)
    {
        language = ReportLanguage.ChineseSimplified;
        date = default;
        if (lang is not null && !LocalizedText.TryParseLanguage(lang, out language))
        {
            return ApiProblems.BadQuery("lang", "language", new LocalizedText("lang 须为 zh-CN 或 en", "lang must be zh-CN or en."), lang, ReportLanguage.ChineseSimplified);
        }

        if (asOf is null)
        {
            date = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            return null;
        }

        return DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? null
            : ApiProblems.BadQuery("asOf", "format", new LocalizedText("asOf 日期格式应为 yyyy-MM-dd,例如 2023-03-01", "asOf must be a date written yyyy-MM-dd, such as 2023-03-01."), asOf, language);
    }

    private static ProgramSummary Summarise(RuleSet r, ProgrammeRegistration programme) => new(
        r.Id,
        r.Version,
        r.Title,
        r.Info.Jurisdiction,
        DocumentInfo.From(r.Info.Document),
        r.Status,
        r.Info.EffectiveWindow is { } w ? new PeriodInfo(w.Start, w.End) : null,
        [.. r.Info.Deadlines.Select(d => new DeadlineInfo(d.Date, d.Label, d.RuleId))],
        r.Rules.Length,
        programme.Goals is not null,
        new ProgramLinks($"/programs/{r.Id}/rules", $"/programs/{r.Id}/schema", $"/programs/{r.Id}/evaluate"));

    /// <summary>What an endpoint that reads a facts body declares: JSON in, JSON out, and the problems it can answer.</summary>
    private static RouteHandlerBuilder AcceptsFactsBody(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<JsonObject>(Json)
        .Produces<JsonObject>(StatusCodes.Status200OK, Json)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
