using System.Text;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Catalog;

/// <summary>
/// Behaviour that a refactoring must keep: for every shipped sample, <c>lcr evaluate FILE --as-of 2023-12-31 --format json</c>
/// (the report JSON with its fingerprint, or the problem list) is byte-identical to the approved copy under
/// <c>Snapshots/samples/</c>. A deliberate change is recorded in CHANGELOG.md and accepted with
/// <c>LCR_UPDATE_APPROVED=1 dotnet test</c>.
/// </summary>
public class SampleReportSnapshotTests
{
    private const string AsOf = "2023-12-31";

    public static TheoryData<string> Samples() => [.. SampleFiles()];

    private static string[] SampleFiles() =>
    [
        .. Directory.EnumerateFiles(Repo.Path("samples", "data"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Path("samples", "data"), f).Replace('\\', '/'))
            .Where(f => f.Count(c => c == '/') == 1) // samples/data/<rule-set-id>/<file>.json, not configuration
            .Order(StringComparer.Ordinal),
    ];

    private static (int Exit, string Output) Run(params string[] args)
    {
        (int exit, string stdout, string stderr) = CliRunner.Run(args);
        return (exit, stdout.ReplaceLineEndings("\n") + stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_EveryShippedSample_IsByteIdenticalToTheApprovedReport(string sample)
    {
        (_, string actual) = Run("evaluate", Repo.Path(["samples", "data", .. sample.Split('/')]), "--as-of", AsOf, "--format", "json");
        string approvedPath = Repo.Path(["tests", "LiveCommerce.Rules.Tests", "Snapshots", "samples", .. sample.Split('/')]);

        if (Repo.UpdateApproved("LCR_UPDATE_APPROVED"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.True(File.Exists(approvedPath), $"No approved report for {sample}: run LCR_UPDATE_APPROVED=1 dotnet test");
        Assert.Equal(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>The NRules engine prints the same bytes for every sample of a programme (goal progress is the core's only).</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_EveryShippedSampleWithTheNRulesEngine_IsByteIdenticalToTheDefaultEngine(string sample)
    {
        string path = Repo.Path(["samples", "data", .. sample.Split('/')]);
        if (RuleCatalog.Default[sample.Split('/')[0]] is LiveCommerce.Rules.Goals.GoalSet)
        {
            (int refused, _) = Run(["evaluate", path, "--as-of", AsOf, "--format", "json", "--engine", "nrules"]);
            Assert.Equal(ExitCodes.UsageError, refused);
            return;
        }

        (int exit, string core) = Run(["evaluate", path, "--as-of", AsOf, "--format", "json"]);
        (int nrulesExit, string nrules) = Run(["evaluate", path, "--as-of", AsOf, "--format", "json", "--engine", "nrules"]);

        Assert.Equal(exit, nrulesExit);
        Assert.Equal(core, nrules);
    }

    [Fact]
    public void Snapshots_HaveNoReportForASampleThatIsGone()
    {
        var samples = SampleFiles().ToHashSet(StringComparer.Ordinal);
        string root = Repo.Path("tests", "LiveCommerce.Rules.Tests", "Snapshots", "samples");
        IEnumerable<string> approved = Directory.Exists(root) ? Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories) : [];
        string[] orphans = [.. approved.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Where(f => !samples.Contains(f))];

        if (Repo.UpdateApproved("LCR_UPDATE_APPROVED"))
        {
            foreach (string orphan in orphans)
            {
                File.Delete(Path.Combine(root, orphan));
            }

            return;
        }

        Assert.True(orphans.Length == 0, "Approved reports without a sample: " + string.Join(", ", orphans));
    }
}
