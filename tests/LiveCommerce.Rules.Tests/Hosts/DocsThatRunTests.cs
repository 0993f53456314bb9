using System.Text.RegularExpressions;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>
/// The documentation runs: every <c>lcr</c> command in a shell block of README.md and docs/**/*.md (and the README's
/// inline examples) is executed in document order and must not be a usage error, and the README's C# snippet compiles
/// as written in a default console project.
/// </summary>
public partial class DocsThatRunTests
{
    public static TheoryData<string> Documents() =>
    [
        "README.md",
        .. Directory.EnumerateFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Commands_EveryLcrCommandOfTheDocument_RunsWithoutAUsageError(string document)
    {
        string text = File.ReadAllText(Repo.Path(document.Split('/')));
        string scratch = Directory.CreateTempSubdirectory("lcr-docs-").FullName;
        try
        {
            foreach (string[] command in Commands(text, inline: document == "README.md"))
            {
                string[] args = [.. command.Select(a => Resolve(a, scratch))];

                (int exit, string stdout, string stderr) = CliRunner.Run(args);

                Assert.True(exit != ExitCodes.UsageError, $"{document}: `lcr {string.Join(' ', command)}` is a usage error: {stdout}{stderr}");
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Commands_TheScan_FindsTheReadmesCommands()
    {
        string[][] commands = [.. Commands(File.ReadAllText(Repo.Path("README.md")), inline: true)];

        Assert.Contains(commands, c => c.SequenceEqual(["evaluate", "samples/data/hlj-shared-base/application-meets.json", "--as-of", "2023-03-01"]));
        Assert.Contains(commands, c => c.Contains("HLJ-BASE-CITY-QUOTA=2")); // joined across a line continuation
        Assert.Contains(commands, c => c.Length > 1 && c[1] == "samples/invalid/hlj-shared-base-application.json");
    }

    [Fact]
    public void ReadmeSnippet_AsWritten_CompilesInAConsoleProject()
    {
        string? snippet = Blocks(File.ReadAllText(Repo.Path("README.md"))).FirstOrDefault(b => b.Info == "csharp").Code;
        Assert.True(snippet is not null, "README.md has no ```csharp block");

        // What `dotnet new console` gives (implicit usings, top-level statements), with this package and
        // Microsoft.Extensions.DependencyInjection referenced, as the README says.
        const string implicitUsings = "global using System; global using System.IO; global using System.Collections.Generic; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";
        MetadataReference[] references =
        [
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(LiveCommerce.Rules.Catalog.RuleCatalog).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location),

            // What the package brings with it (AddLiveCommerceRules is the options pattern and reads a configuration section).
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfigurationSection).Assembly.Location),
        ];
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            [CSharpSyntaxTree.ParseText(implicitUsings), CSharpSyntaxTree.ParseText(snippet)],
            references.DistinctBy(r => r.Display),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        Diagnostic[] errors = [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

        Assert.True(errors.Length == 0, "The README's C# snippet does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>The <c>lcr</c> commands of a Markdown text: shell blocks, line continuations joined, comments cut.</summary>
    internal static IEnumerable<string[]> Commands(string markdown, bool inline)
    {
        foreach ((string info, string code) in Blocks(markdown).Where(b => b.Info is "" or "bash" or "sh" or "shell" or "console"))
        {
            string joined = code.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (string raw in joined.Split('\n'))
            {
                string line = Comment().Replace(raw, "").Trim();
                if (Command(line) is { } command)
                {
                    yield return command;
                }
            }
        }

        if (inline)
        {
            foreach (Match code in InlineCommand().Matches(markdown))
            {
                // Placeholders (FILE, ID, …) and option lists ([…], a|b) are a synopsis, not a command to run.
                if (!Placeholder().IsMatch(code.Groups["code"].Value) && Command(code.Groups["code"].Value) is { } command)
                {
                    yield return command;
                }
            }
        }
    }

    /// <summary>The fenced code blocks of a Markdown text, each with its info string (the fences pair up in order).</summary>
    private static IEnumerable<(string Info, string Code)> Blocks(string markdown)
    {
        string? info = null;
        var code = new System.Text.StringBuilder();
        foreach (string line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (info is null)
                {
                    info = line.Trim()[3..].Trim();
                    code.Clear();
                }
                else
                {
                    yield return (info, code.ToString());
                    info = null;
                }
            }
            else if (info is not null)
            {
                code.Append(line).Append('\n');
            }
        }
    }

    private static string[]? Command(string line)
    {
        const string viaDotnet = "dotnet run --project samples/LiveCommerce.Rules.Console -- ";
        string? rest = line.StartsWith("lcr ", StringComparison.Ordinal) ? line[4..]
            : line.StartsWith(viaDotnet, StringComparison.Ordinal) ? line[viaDotnet.Length..]
            : null;
        return rest is null || rest.Contains('<', StringComparison.Ordinal) ? null : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Repository paths are made absolute; any other file an example names (a record, an output) goes to a scratch folder.
    internal static string Resolve(string arg, string scratch) =>
        arg.StartsWith("samples/", StringComparison.Ordinal) || arg.StartsWith("docs/", StringComparison.Ordinal) ? Repo.Path(arg.Split('/'))
        : !arg.StartsWith('-') && !arg.StartsWith('/') && (arg.EndsWith(".json", StringComparison.Ordinal) || arg.EndsWith(".jsonl", StringComparison.Ordinal)) ? Path.Combine(scratch, arg)
        : arg;

    [GeneratedRegex(@"`(?<code>lcr [^`\n]+)`")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"\b(FILE|ID|KEY|VALUE|DATE|NAME|N)\b|[\[\]|…]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();
}
