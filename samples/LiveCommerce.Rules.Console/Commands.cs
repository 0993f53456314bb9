using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LiveCommerce.Rules.Catalog;
using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Hosting;
using LiveCommerce.Rules.Serialization;
using Spectre.Console;
using ValidationResult = LiveCommerce.Rules.Engine.ValidationResult;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>The actions behind each <c>lcr</c> command.</summary>
internal static class Commands
{
    /// <summary>The longest line <c>lcr batch</c> accepts (1 MiB); a longer line is reported invalid and skipped.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>The most applications one <c>lcr batch</c> run evaluates by default (10,000,000); <c>--max-lines</c> changes it.</summary>
    public const long DefaultMaxLines = 10_000_000;

    // JSON Lines go to files and pipes, never into HTML: write Chinese and quotes as they are.
    private static readonly JsonWriterOptions JsonLines = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Programs(Output output)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "version", "jurisdiction", "title", "document", "status", "rules");
        foreach (RuleSet r in RuleCatalog.Default.RuleSets)
        {
            table.AddRow(
                Markup.Escape(r.Id),
                r.Version,
                Markup.Escape(r.Info.Jurisdiction.ZhCn + " " + r.Info.Jurisdiction.En),
                Markup.Escape(r.Title.ZhCn + "\n" + r.Title.En),
                Markup.Escape($"{r.Info.Document.Title.ZhCn} ({r.Info.Document.IssuedOn:yyyy-MM-dd})"),
                r.Status == DocumentStatus.Draft ? "[yellow]Draft[/]" : r.Status.ToString(),
                r.Rules.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        output.Console.Write(table);
        return ExitCodes.Met;
    }

    public static int Rules(Output output, string? programId, ReportLanguage lang)
    {
        if (programId is not null)
        {
            RuleSet ruleSet = Resolve(programId, null);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("rule", "section", "clause", "comparison", "severity", "parameters");
            foreach (RuleDescriptor d in ruleSet.Rules)
            {
                string parameters = string.Join("\n", ruleSet.Parameters.Definitions.Where(p => d.ParameterKeys.Contains(p.Key)).Select(p =>
                    p.IsThreshold
                        ? $"{p.Key} {p.Comparison!.Value.Symbol()} {ruleSet.Parameters.ValueOf(p.Key):0.##} {p.Unit} ({p.Wording})"
                        : $"{p.Key} = {(ruleSet.Parameters.ValueOf(p.Key) is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "(no default)")}"));
                table.AddRow(
                    Markup.Escape(d.Id),
                    Markup.Escape(d.Citation.Section),
                    Markup.Escape(d.Citation.Clause + "\n" + (lang == ReportLanguage.English ? d.Citation.Summary : d.Subject.ZhCn)),
                    d.Comparison is { } c ? Markup.Escape(c.Symbol()) : "—",
                    d.Severity.ToString(),
                    Markup.Escape(parameters.Length == 0 ? "—" : parameters));
            }

            output.Console.Write(table);
            return ExitCodes.Met;
        }

        var all = new Table().Border(TableBorder.Rounded).AddColumns("rule", "implemented", "rule set", "clause");
        foreach (CatalogEntry e in RuleCatalog.Default.Entries)
        {
            all.AddRow(Markup.Escape(e.RuleId), e.Implemented ? "[green]yes[/]" : "[grey]not yet[/]", Markup.Escape(e.RuleSetId ?? "—"), Markup.Escape(e.Clause));
        }

        output.Console.Write(all);
        return ExitCodes.Met;
    }

    public static int Evaluate(Output output, FileInfo file, string? programId, DateOnly asOf, ReportLanguage lang, string format, string[] parameters, FileInfo? criteria = null, FileInfo? record = null, string engine = "core")
    {
        byte[] json = Files.ReadAll(file);
        RuleSet ruleSet = WithConfiguration(Resolve(programId, file, parameters), criteria, lang);
        ProgrammeRegistration programme = RuleCatalog.Default.RegistrationOf(ruleSet.Id);
        if (programme.Goals is { } goals)
        {
            if (engine == "nrules")
            {
                throw new UsageException("--engine nrules evaluates a programme's report; goal progress (" + ruleSet.Id + ") is computed by the core engine only.");
            }

            return WriteGoalProgress(output, goals, ruleSet, json, asOf, lang, format);
        }

        // Checked before any work: the record must not replace the facts or the criteria it is computed from.
        using AtomicOutput? recordOutput = record is null ? null : Files.PrepareOutput(record, "--record", file, criteria);
        EvaluationResult result = engine == "nrules" ? NRules.NRulesEvaluator.Compile(ruleSet).EvaluateJson(json, asOf) : ruleSet.EvaluateJson(json, asOf);
        if (result.Report is not { } report)
        {
            return WriteInvalid(output, result.Validation, lang, format);
        }

        if (recordOutput is not null)
        {
            recordOutput.Stream.Write(Readable(DecisionRecord.Create(report, json).ToJson()));
            recordOutput.Commit();
        }

        ProgrammeWindow? window = ProgrammeWindow.Of(ruleSet, asOf);
        switch (format)
        {
            case "json":
                output.Out.WriteLine(window is null
                    ? LiveCommerceJson.Serialize(report, indented: true)
                    : Encoding.UTF8.GetString(window.AddTo(Encoding.UTF8.GetBytes(LiveCommerceJson.Serialize(report)), indented: true)));
                break;
            case "markdown":
                output.Out.Write(ReportRendering.Markdown(report, ruleSet, lang, window));
                break;
            default:
                ReportRendering.WriteTable(output.Console, report, ruleSet, lang, window);
                break;
        }

        if (format != "json" && programme.AcceptanceSheet is { } sheet)
        {
            // An acceptance officer prints this: the findings grouped by the source's sections, with totals.
            output.Out.WriteLine();
            output.Out.WriteLine(sheet.Format(report, lang, withNotes: false));
        }

        return ExitCode(report.Outcome, window);
    }

    public static async Task<int> Batch(Output output, FileInfo file, string programId, DateOnly asOf, FileInfo? outFile, string[] parameters, FileInfo? criteria, long maxLines, CancellationToken cancellationToken)
    {
        if (maxLines < 1)
        {
            throw new UsageException("--max-lines must be at least 1.");
        }

        RuleSet ruleSet = WithConfiguration(Resolve(programId, null, parameters), criteria, ReportLanguage.English);
        using FileStream input = Files.OpenRead(file);
        using AtomicOutput? results = outFile is null ? null : Files.PrepareOutput(outFile, "--out", file, criteria);
        Action<ReadOnlyMemory<byte>> sink = results is null
            ? bytes => output.Out.WriteLine(Encoding.UTF8.GetString(bytes.Span))
            : bytes =>
            {
                results.Stream.Write(bytes.Span);
                results.Stream.WriteByte((byte)'\n');
            };
        var summary = new BatchSummary { MaxLines = maxLines };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            if (output.ErrorIsTerminal && input.Length > 1 << 20)
            {
                await output.ErrorConsole.Progress().AutoClear(true).StartAsync(async ctx =>
                {
                    ProgressTask task = ctx.AddTask("lcr batch", maxValue: input.Length);
                    await RunLines(input, sink, ruleSet, asOf, summary, () => task.Value = input.Position, cancellationToken);
                });
            }
            else
            {
                await RunLines(input, sink, ruleSet, asOf, summary, static () => { }, cancellationToken);
            }
        }
        catch (IOException ex)
        {
            // A full disk or a vanished input: the target is untouched (the temporary file is deleted).
            throw new UsageException($"lcr batch stopped at line {summary.LastLine}: {ex.Message}");
        }

        results?.Commit();
        stopwatch.Stop();
        double perSecond = summary.Lines / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        output.Error.WriteLine($"lines: {summary.Lines}, met: {summary.Met}, not met: {summary.NotMet}, incomplete: {summary.Incomplete}, invalid: {summary.Invalid}; {stopwatch.Elapsed.TotalSeconds:0.00} s, {perSecond:0} per second");
        if (summary.StoppedAtLine is { } stopped)
        {
            output.Error.WriteLine($"Stopped at line {stopped}: a batch evaluates at most {summary.MaxLines:N0} applications (--max-lines); split the file or raise the limit.");
            return ExitCodes.InvalidInput;
        }

        ProgrammeWindow? window = ProgrammeWindow.Of(ruleSet, asOf);
        if (window is not null)
        {
            output.Error.WriteLine(window.Message.En);
        }

        return summary.Invalid > 0 ? ExitCodes.InvalidInput
            : summary.NotMet + summary.Incomplete > 0 ? ExitCodes.NotMet
            : window is null ? ExitCodes.Met
            : ExitCodes.OutsideWindow;
    }

    public static int Verify(Output output, FileInfo recordFile, FileInfo? criteria)
    {
        DecisionRecord record;
        byte[] bytes = Files.ReadAll(recordFile);
        ReadOnlySpan<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
        if (JsonDuplicates.Find(json) is { } duplicate)
        {
            // Which of the two values would count is not for the reader to guess: refuse, like the parameter file.
            output.Error.WriteLine($"{recordFile.FullName}: {duplicate} appears more than once; a decision record names each property once.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            record = DecisionRecord.Parse(json);
        }
        catch (FormatException ex)
        {
            output.Error.WriteLine($"{recordFile.FullName}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        DecisionRecordStatus status = RuleCatalog.Default.TryGet(record.RuleSetId, out RuleSet? ruleSet)
            ? record.Verify(WithConfiguration(ruleSet, criteria, ReportLanguage.English))
            : DecisionRecordStatus.UnknownRuleSet;
        output.Out.WriteLine(FormattableString.Invariant($"{status}: {record.RuleSetId}@{record.RuleSetVersion}, as of {record.AsOf:yyyy-MM-dd}, {record.Outcome}, fingerprint {record.Fingerprint}"));
        return status == DecisionRecordStatus.Verified ? ExitCodes.Met : ExitCodes.NotMet;
    }

    public static int Schema(Output output, string programId)
    {
        RuleSet ruleSet = Resolve(programId, null);
        output.Out.WriteLine(ruleSet.GetFactsSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JsonLines.Encoder }));
        return ExitCodes.Met;
    }

    public static int Goals(Output output, string province, FileInfo file, string? programId, DateOnly asOf, ReportLanguage lang, string format)
    {
        if (!GoalTracking.TryParseProvince(province, out Province parsed))
        {
            throw new UsageException($"Unknown province '{province}'. Known: {string.Join(", ", Enum.GetNames<Province>())} (or their Chinese names).");
        }

        // The province's goal sets, as the catalog registers them.
        ImmutableArray<ProgrammeRegistration> goalSets = [.. RuleCatalog.Default.Registrations.Where(p => p.Goals?.Province == parsed)];
        if (goalSets.IsEmpty)
        {
            throw new UsageException($"The sources set no province-wide goals for {parsed}.");
        }

        byte[] json = Files.ReadAll(file);
        if (programId is not null)
        {
            // Named, as the web host's ?program= does: no guessing.
            ProgrammeRegistration named = goalSets.FirstOrDefault(g => g.RuleSetId == programId)
                ?? throw new UsageException($"{parsed} has no goal set '{programId}'. Its goal sets: {string.Join(", ", goalSets.Select(g => g.RuleSetId))}.");
            return WriteGoalProgress(output, named.Goals!, RuleCatalog.Default[named.RuleSetId], json, asOf, lang, format);
        }

        // A figures file belongs to one of the province's goal sets: its folder name, or the first it is valid for.
        ProgrammeRegistration chosen = goalSets.FirstOrDefault(g => g.RuleSetId == file.Directory?.Name)
            ?? goalSets.FirstOrDefault(g => RuleCatalog.Default[g.RuleSetId].ValidateJson(json).IsValid)
            ?? goalSets[0];
        return WriteGoalProgress(output, chosen.Goals!, RuleCatalog.Default[chosen.RuleSetId], json, asOf, lang, format);
    }

    /// <summary>Invalid facts, in the requested format: every problem with its JSON path. Returns the exit code.</summary>
    private static int WriteInvalid(Output output, ValidationResult validation, ReportLanguage lang, string format)
    {
        if (format == "json")
        {
            output.Out.WriteLine(LiveCommerceJson.Serialize(validation, indented: true));
        }
        else
        {
            ReportRendering.WriteProblems(output, validation, lang, markdown: format == "markdown");
        }

        return ExitCodes.InvalidInput;
    }

    private static int WriteGoalProgress(Output output, GoalTracking goals, RuleSet goalSet, byte[] json, DateOnly asOf, ReportLanguage lang, string format)
    {
        GoalProgressResult progress = goals.ProgressJson(goalSet, json, asOf);
        if (progress.Report is not { } report)
        {
            return WriteInvalid(output, progress.Validation, lang, format);
        }

        output.Out.WriteLine(format switch
        {
            "json" => LiveCommerceJson.Serialize(report, indented: true),
            "markdown" => GoalProgressPrinter.Markdown(report, goalSet, lang),
            _ => GoalProgressPrinter.Print(report, goalSet, lang),
        });
        return report.MetCount == report.Goals.Length ? ExitCodes.Met : ExitCodes.NotMet;
    }

    private static async Task RunLines(Stream input, Action<ReadOnlyMemory<byte>> sink, RuleSet ruleSet, DateOnly asOf, BatchSummary summary, Action progress, CancellationToken cancellationToken)
    {
        var lineOutput = new ArrayBufferWriter<byte>(1024);
        await using var writer = new Utf8JsonWriter(lineOutput, JsonLines);
        var lines = new LineReader(input, MaxLineLength);
        string? window = ProgrammeWindow.Of(ruleSet, asOf)?.Code;
        while (await lines.ReadAsync(cancellationToken) is { } line)
        {
            long lineNumber = summary.LastLine = lines.LineNumber;
            if (!line.TooLong && IsBlank(line.Bytes.Span))
            {
                continue;
            }

            if (summary.Lines == summary.MaxLines)
            {
                summary.StoppedAtLine = lineNumber; // the documented maximum: stop with a clear error, never half-silently
                break;
            }

            summary.Lines++;
            writer.WriteStartObject();
            writer.WriteNumber("line", lineNumber);
            if (line.TooLong)
            {
                // Never held in memory: the reader skipped it up to its end.
                summary.Invalid++;
                WriteProblem(writer, "$", "too-long", $"The line is longer than {MaxLineLength} bytes.");
            }
            else
            {
                EvaluationResult result = ruleSet.EvaluateJson(line.Bytes.Span, asOf);
                if (result.Report is { } report)
                {
                    summary.Count(report.Outcome);
                    writer.WriteString("outcome", report.Outcome.ToString());
                    if (window is not null)
                    {
                        writer.WriteString("window", window);
                    }

                    writer.WriteString("fingerprint", report.Fingerprint);
                    writer.WriteStartArray("notMet");
                    foreach (Finding f in report.Findings)
                    {
                        if (f.Outcome is Outcome.NotMet or Outcome.NotEvaluated or Outcome.EvidenceIncomplete)
                        {
                            writer.WriteStringValue(f.RuleId);
                        }
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    summary.Invalid++;
                    WriteProblems(writer, result.Validation);
                }
            }

            writer.WriteEndObject();
            writer.Flush();
            sink(lineOutput.WrittenMemory);
            lineOutput.ResetWrittenCount();
            writer.Reset();
            if ((lineNumber & 1023) == 0)
            {
                progress();
            }
        }

        progress();
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>The problems of one line (the library keeps at most <see cref="ValidationResult.MaxProblems"/>), with the total when more were found.</summary>
    private static void WriteProblems(Utf8JsonWriter writer, ValidationResult validation)
    {
        writer.WriteStartArray("invalid");
        foreach (ValidationProblem p in validation.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("path", p.Path);
            writer.WriteString("code", p.Code);
            writer.WriteString("message", p.Message.En);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (validation.IsTruncated)
        {
            writer.WriteNumber("problemCount", validation.ProblemCount);
        }
    }

    private static void WriteProblem(Utf8JsonWriter writer, string path, string code, string message)
    {
        writer.WriteStartArray("invalid");
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>
    /// The record with its Chinese as written, not <c>\uXXXX</c> (the facts are kept as the rule set serializes them,
    /// which escapes non-ASCII). Only the escaping changes: the order, the numbers as written and the strings' values
    /// stay, and the fingerprint's canonical form unescapes every string, so the record verifies the same.
    /// </summary>
    private static byte[] Readable(byte[] recordJson) =>
        Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(recordJson)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JsonLines.Encoder }));

    private static int ExitCode(ReportOutcome outcome, ProgrammeWindow? window) =>
        outcome is not (ReportOutcome.Met or ReportOutcome.MetWithWarnings) ? ExitCodes.NotMet
        : window is null ? ExitCodes.Met
        : ExitCodes.OutsideWindow;

    private static RuleSet Resolve(string? programId, FileInfo? file, string[]? parameters = null)
    {
        string? id = programId ?? file?.Directory?.Name;
        if (id is null || !RuleCatalog.Default.TryGet(id, out RuleSet? ruleSet))
        {
            throw new UsageException(
                (programId is null ? "Give --program: the file's folder does not name a programme." : $"Unknown programme '{programId}'.")
                + $" Known: {string.Join(", ", RuleCatalog.Default.RuleSets.Select(r => r.Id))}.");
        }

        if (parameters is null || parameters.Length == 0)
        {
            return ruleSet;
        }

        // Every value strictly, in the parameter's unit: a misread value would silently apply the wrong standard.
        var problems = new List<string>();
        var overrides = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string p in parameters)
        {
            int equals = p.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--param needs KEY=VALUE, for example HLJ-BASE-AREA=2500; got '{p}'.");
                continue;
            }

            string key = p[..equals], text = p[(equals + 1)..];
            if (overrides.ContainsKey(key))
            {
                problems.Add($"--param {key} is given more than once; give each parameter once.");
                continue;
            }

            ParameterDefinition? definition = ruleSet.Parameters.Definitions.FirstOrDefault(d => d.Key == key);
            if (definition is null)
            {
                problems.Add($"--param {key}: programme '{ruleSet.Id}' has no parameter '{key}'. Known parameters: {string.Join(", ", ruleSet.Parameters.Definitions.Select(d => d.Key))}.");
                overrides[key] = 0m;
            }
            else if (!definition.TryParseValue(text, out decimal value, out string? problem))
            {
                problems.Add($"--param: {problem}");
                overrides[key] = 0m;
            }
            else
            {
                overrides[key] = value;
            }
        }

        if (problems.Count > 0)
        {
            throw new RuleConfigurationException(problems);
        }

        return ruleSet.WithParameters(ParameterSet.From(overrides));
    }

    /// <summary>Applies the host configuration the programme takes beyond parameters (Guizhou's recognition criteria,
    /// which the source leaves to its attachment 2), as the catalog registers it.</summary>
    private static RuleSet WithConfiguration(RuleSet ruleSet, FileInfo? criteriaFile, ReportLanguage lang)
    {
        if (criteriaFile is null)
        {
            return ruleSet;
        }

        if (RuleCatalog.Default.RegistrationOf(ruleSet.Id).Configuration is not { } configuration)
        {
            throw new UsageException($"--criteria applies to {string.Join(", ", RuleCatalog.Default.Registrations.Where(p => p.Configuration is not null).Select(p => p.RuleSetId))} only.");
        }

        return configuration.Bind(ruleSet, Files.ReadAll(criteriaFile), out ValidationResult problems)
            ?? throw new UsageException($"{criteriaFile.FullName}:\n" + string.Join("\n", problems.Problems.Select(p => $"  {p.Path} [{p.Code}] {p.Message.Get(lang)}")));
    }

    private sealed class BatchSummary
    {
        public long Lines { get; set; }

        public long Met { get; set; }

        public long NotMet { get; set; }

        public long Incomplete { get; set; }

        public long Invalid { get; set; }

        public long MaxLines { get; init; }

        public long? StoppedAtLine { get; set; }

        public long LastLine { get; set; }

        public void Count(ReportOutcome outcome)
        {
            switch (outcome)
            {
                case ReportOutcome.Met or ReportOutcome.MetWithWarnings:
                    Met++;
                    break;
                case ReportOutcome.NotMet:
                    NotMet++;
                    break;
                default:
                    Incomplete++;
                    break;
            }
        }
    }
}
