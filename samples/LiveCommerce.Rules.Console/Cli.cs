using System.CommandLine;
using System.Globalization;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>The <c>lcr</c> command line: programs, rules, evaluate, batch, schema, goals.</summary>
public static class Cli
{
    /// <summary>Runs <c>lcr</c> with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool outputRedirected = true)
    {
        var output = new Output(stdout, stderr, outputRedirected);
        RootCommand root = Build(output);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            stderr.WriteLine("Run 'lcr --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (RuleConfigurationException ex)
        {
            stderr.WriteLine(string.Join(Environment.NewLine, ex.Problems));
            return ExitCodes.UsageError;
        }
    }

    private static RootCommand Build(Output output)
    {
        string programIds = string.Join(", ", RuleCatalog.Default.RuleSets.Select(r => r.Id));
        var program = new Option<string?>("--program", "-p") { Description = $"Rule-set id, one of: {programIds}. For files under samples/data/<id>/ it defaults to the folder name." };
        var requiredProgram = new Option<string>("--program", "-p") { Description = $"Rule-set id, one of: {programIds}.", Required = true };

        // No DefaultValueFactory: help would print today's date in the machine's culture, not as yyyy-MM-dd.
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Evaluation date, written yyyy-MM-dd such as 2023-03-01 (default: today, local time).",
            HelpName = "yyyy-MM-dd",
            CustomParser = r => DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                ? d
                : Fail<DateOnly?>(r, "--as-of needs a date written yyyy-MM-dd."),
        };
        var lang = new Option<ReportLanguage?>("--lang", "-l")
        {
            Description = "Report language: zh-CN (default) or en.",
            HelpName = "zh-CN|en",
            CustomParser = r => LocalizedText.TryParseLanguage(r.Tokens.Single().Value, out ReportLanguage l) ? l : Fail<ReportLanguage?>(r, "--lang must be zh-CN or en."),
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format: table, json or markdown.", HelpName = "table|json|markdown", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var param = new Option<string[]>("--param")
        {
            Description = "A parameter override KEY=VALUE for the chosen programme (repeatable): a city's stricter standard, or a value the source leaves to an attachment such as HLJ-BASE-CITY-QUOTA=2.",
            AllowMultipleArgumentsPerToken = false,
            HelpName = "KEY=VALUE",
        };
        var file = new Argument<FileInfo>("file") { Description = "The facts as JSON." };
        var criteria = new Option<FileInfo?>("--criteria")
        {
            HelpName = "file",
            Description = "Recognition criteria JSON for gz-demonstration (attachment 2 is not in the source), e.g. samples/data/gz-demonstration/config/criteria.EXAMPLE.json (an EXAMPLE, not the official standard).",
        };

        var programs = new Command("programs", "List the programmes (rule sets) with their documents and status.");
        programs.SetAction(_ => Commands.Programs(output));

        var rules = new Command("rules", "List the rules: id, citation, comparison, parameters (and catalogued clauses not yet implemented).") { program };
        rules.SetAction(r => Commands.Rules(output, r.GetValue(program), r.GetValue(lang) ?? ReportLanguage.ChineseSimplified));
        rules.Options.Add(lang);

        var record = new Option<FileInfo?>("--record") { Description = "Also write a decision record (facts, parameters, fingerprint, outcome) here, for 'lcr verify'; never over an input file.", HelpName = "file" };
        var engine = new Option<string>("--engine")
        {
            Description = "Which engine evaluates: core (default) or nrules (the generated NRules rule set; the same report). Goal progress is the core's only.",
            HelpName = "core|nrules",
            DefaultValueFactory = _ => "core",
        };
        engine.AcceptOnlyFromAmong("core", "nrules");
        var evaluate = new Command("evaluate", "Evaluate one application and print the report clause by clause.") { file, program, asOf, lang, format, param, criteria, record, engine };
        evaluate.SetAction(r => Commands.Evaluate(output, r.GetValue(file)!, r.GetValue(program), Today(r.GetValue(asOf)), r.GetValue(lang) ?? ReportLanguage.ChineseSimplified, r.GetValue(format)!, r.GetValue(param) ?? [], r.GetValue(criteria), r.GetValue(record), r.GetValue(engine) ?? "core"));

        var recordFile = new Argument<FileInfo>("record") { Description = "A decision record written by 'lcr evaluate --record'." };
        var verify = new Command("verify", "Re-verify a stored decision record: re-evaluate its facts with its rule-set version and parameters and compare the fingerprint and outcome. Exit 0 verified, 1 not.") { recordFile, criteria };
        verify.SetAction(r => Commands.Verify(output, r.GetValue(recordFile)!, r.GetValue(criteria)));

        var jsonl = new Argument<FileInfo>("file") { Description = "One application per line (JSON Lines)." };
        var outFile = new Option<FileInfo?>("--out", "-o") { Description = "Write one result per line here (default: standard output); never over an input file, and replaced only when the run completes.", HelpName = "file" };
        var maxLines = new Option<long>("--max-lines") { Description = "The most applications to evaluate, a whole number from 1 (default 10000000); past it the run stops with exit code 2 and says where.", HelpName = "count", DefaultValueFactory = _ => Commands.DefaultMaxLines };
        var batch = new Command("batch", "Evaluate one application per line, streaming in constant memory; a bad line is reported with its number and the run continues.") { jsonl, requiredProgram, asOf, outFile, param, criteria, maxLines };
        batch.SetAction((r, ct) => Commands.Batch(output, r.GetValue(jsonl)!, r.GetValue(requiredProgram)!, Today(r.GetValue(asOf)), r.GetValue(outFile), r.GetValue(param) ?? [], r.GetValue(criteria), r.GetValue(maxLines), ct));

        var schema = new Command("schema", "Print the JSON Schema of a programme's facts.") { requiredProgram };
        schema.SetAction(r => Commands.Schema(output, r.GetValue(requiredProgram)!));

        var province = new Option<string>("--province") { Description = "Province, in Chinese or English (for example 黑龙江省 or Heilongjiang).", Required = true };
        var figures = new Argument<FileInfo>("file") { Description = "The actual figures as JSON." };
        string goalSetIds = string.Join(", ", RuleCatalog.Default.Registrations.Where(p => p.Goals is not null).Select(p => p.RuleSetId));
        var goalSet = new Option<string?>("--program", "-p") { Description = $"The goal set, one of: {goalSetIds} (default: the figures file's folder name, else the province's goal set the figures are valid for)." };
        var goals = new Command("goals", "Report progress against a province's goals from actual figures.") { province, figures, goalSet, asOf, lang, format };
        goals.SetAction(r => Commands.Goals(output, r.GetValue(province)!, r.GetValue(figures)!, r.GetValue(goalSet), Today(r.GetValue(asOf)), r.GetValue(lang) ?? ReportLanguage.ChineseSimplified, r.GetValue(format)!));

        return new RootCommand("lcr — Chinese provincial live-commerce policy, evaluated and explained (LiveCommerce.Rules).\nExit codes: 0 met, 1 not met or incomplete, 2 invalid input, 3 usage error, 4 met but the programme is closed or not yet open on the as-of date.")
        {
            programs, rules, evaluate, verify, batch, schema, goals,
        };
    }

    /// <summary>The as-of date given, or today (local time).</summary>
    private static DateOnly Today(DateOnly? given) => given ?? DateOnly.FromDateTime(DateTime.Now);

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}

/// <summary>A usage problem found while running a command (unknown programme, unreadable file).</summary>
internal sealed class UsageException(string message) : Exception(message);
