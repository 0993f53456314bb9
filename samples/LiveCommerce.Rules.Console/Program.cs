using System.Globalization;
using System.Text;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;

// Exit codes: 0 every requirement met, 1 not met (or incomplete), 2 invalid input, 3 usage error.
Console.OutputEncoding = Encoding.UTF8;
CommandLine? command = CommandLine.Parse(args, out string? usageError);
if (command is null)
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(CommandLine.Usage);
    return 3;
}

if (command.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

RuleCatalog catalog;
try
{
    catalog = RuleCatalog.Create(command.Overrides);
}
catch (RuleConfigurationException ex)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, ex.Problems));
    return 3;
}

if (command.ListRuleSets)
{
    foreach (RuleSet r in catalog.RuleSets)
    {
        Console.WriteLine($"{r.Id,-24} {r.Version,-7} {r.Title.Get(command.Language)}");
    }

    return 0;
}

string? ruleSetId = command.RuleSetId ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(command.File)));
if (ruleSetId is null || !catalog.TryGet(ruleSetId, out RuleSet? ruleSet))
{
    Console.Error.WriteLine($"Unknown or missing --program. Known: {string.Join(", ", catalog.RuleSets.Select(r => r.Id))}");
    return 3;
}

byte[] json;
try
{
    json = File.ReadAllBytes(command.File);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read {command.File}: {ex.Message}");
    return 3;
}

if (ruleSet is LiveCommerce.Rules.Goals.GoalSet goalSet)
{
    LiveCommerce.Rules.Goals.GoalProgressResult progress = goalSet.ProgressJson(json, command.AsOf);
    if (progress.Report is not { } goals)
    {
        Console.WriteLine(command.Json ? LiveCommerceJson.Serialize(progress.Validation, indented: true) : ReportPrinter.Problems(progress.Validation, command.Language));
        return 2;
    }

    Console.WriteLine(command.Json ? LiveCommerceJson.Serialize(goals, indented: true) : GoalProgressPrinter.Print(goals, goalSet, command.Language));
    return goals.MetCount == goals.Goals.Length ? 0 : 1;
}

EvaluationResult result = ruleSet.EvaluateJson(json, command.AsOf);
if (result.Report is not { } report)
{
    Console.WriteLine(command.Json
        ? LiveCommerceJson.Serialize(result.Validation, indented: true)
        : ReportPrinter.Problems(result.Validation, command.Language));
    return 2;
}

Console.WriteLine(command.Json ? LiveCommerceJson.Serialize(report, indented: true) : ReportPrinter.Print(report, ruleSet, command.Language));
return report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings ? 0 : 1;

namespace LiveCommerce.Rules.ConsoleHost
{
    /// <summary>The parsed command line.</summary>
    internal sealed record CommandLine(string File, string? RuleSetId, DateOnly AsOf, ReportLanguage Language, bool Json, Dictionary<string, ParameterSet> Overrides, bool ShowHelp, bool ListRuleSets)
    {
        public const string Usage = """
            Usage: lcr [FILE] [--program ID] [--as-of yyyy-MM-dd] [--lang zh-CN|en] [--format text|json]
                       [--param RULESET:KEY=VALUE]... | --list | --help

              FILE        facts as JSON (default: the shipped sample data/hlj-shared-base/application-meets.json);
                          the rule set is taken from --program, or from the name of FILE's folder;
                          for a goal set (hlj-plan-goals, gz-goals, sc-goals, ...) FILE holds actual
                          figures and the goal progress is printed
              --as-of     evaluation date (default: today)
              --lang      report language (default: zh-CN)
              --format    text (default) or json
              --param     a parameter override, e.g. hlj-shared-base:HLJ-BASE-AREA=2500 (stricter only)
              --list      list the rule sets

            Exit codes: 0 met, 1 not met or incomplete, 2 invalid input, 3 usage error.
            """;

        public static CommandLine? Parse(string[] args, out string? error)
        {
            error = null;
            string file = Path.Combine(AppContext.BaseDirectory, "data", "hlj-shared-base", "application-meets.json");
            string? program = null;
            DateOnly asOf = DateOnly.FromDateTime(DateTime.Now);
            ReportLanguage language = ReportLanguage.ChineseSimplified;
            bool json = false, help = false, list = false;
            var overrides = new Dictionary<string, ParameterSet>(StringComparer.Ordinal);
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string? Next() => i + 1 < args.Length ? args[++i] : null;
                switch (arg)
                {
                    case "--help" or "-h" or "-?":
                        help = true;
                        break;
                    case "--list":
                        list = true;
                        break;
                    case "--program":
                        program = Next();
                        break;
                    case "--as-of":
                        if (!DateOnly.TryParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                        {
                            error = "--as-of needs a date written yyyy-MM-dd.";
                            return null;
                        }

                        break;
                    case "--lang":
                        if (!LocalizedText.TryParseLanguage(Next(), out language))
                        {
                            error = "--lang must be zh-CN or en.";
                            return null;
                        }

                        break;
                    case "--format":
                        string? format = Next();
                        if (format is not ("text" or "json"))
                        {
                            error = "--format must be text or json.";
                            return null;
                        }

                        json = format == "json";
                        break;
                    case "--param":
                        if (!TryAddOverride(Next(), overrides))
                        {
                            error = "--param needs RULESET:KEY=VALUE, for example hlj-shared-base:HLJ-BASE-AREA=2500.";
                            return null;
                        }

                        break;
                    default:
                        if (arg.StartsWith('-'))
                        {
                            error = $"Unknown option {arg}.";
                            return null;
                        }

                        file = arg;
                        break;
                }
            }

            return new CommandLine(file, program, asOf, language, json, overrides, help, list);
        }

        private static bool TryAddOverride(string? text, Dictionary<string, ParameterSet> overrides)
        {
            int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            int equals = text?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            if (text is null || colon <= 0 || equals <= colon + 1
                || !decimal.TryParse(text.AsSpan(equals + 1), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
            {
                return false;
            }

            string ruleSet = text[..colon];
            string key = text[(colon + 1)..equals];
            overrides[ruleSet] = (overrides.TryGetValue(ruleSet, out ParameterSet? set) ? set : ParameterSet.Empty).With(key, value);
            return true;
        }
    }
}
