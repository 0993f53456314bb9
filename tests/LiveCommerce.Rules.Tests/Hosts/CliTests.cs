using System.Text.Json;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

public class CliTests
{
    private static readonly string Meets = Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json");
    private static readonly string Fails = Repo.Path("samples", "data", "hlj-shared-base", "application-fails.json");

    [Fact]
    public void Evaluate_SampleThatMeets_ExitsZeroAndPrintsEveryRule()
    {
        (int exit, string stdout, _) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--lang", "en");

        Assert.Equal(ExitCodes.Met, exit);
        Assert.Contains("all requirements met", stdout, StringComparison.Ordinal);
        Assert.Contains("HLJ-BASE-RURAL-PROJECT", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal); // no colour codes when redirected
    }

    [Fact]
    public void Evaluate_SampleThatFails_ExitsOne()
    {
        (int exit, string stdout, _) = Run("evaluate", Fails, "--as-of", "2023-03-01");

        Assert.Equal(ExitCodes.NotMet, exit);
        Assert.Contains("建筑面积 1,850 m²,低于要求的不少于 2,000 m²", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_JsonFormat_PrintsTheReportContract()
    {
        (int exit, string stdout, _) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(stdout);
        Assert.Equal(ExitCodes.Met, exit);
        Assert.Equal("Met", report.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(LiveCommerce.Rules.Heilongjiang.SharedBase.SharedBaseRuleSet.Default.Rules.Length, report.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Evaluate_InvalidFacts_ExitsTwoListingPaths()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lcr-invalid-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"baseName": 5}""");
        try
        {
            (int exit, string stdout, _) = Run("evaluate", path, "--program", "hlj-shared-base", "--format", "json");

            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.Contains("$.baseName", stdout, StringComparison.Ordinal);
            Assert.Contains("$.operator", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("nonsense")]
    [InlineData("evaluate", "x.json", "--lang", "fr")]
    [InlineData("evaluate", "x.json", "--format", "pdf")]
    [InlineData("schema", "--program", "no-such-programme")]
    public void UsageErrors_ExitThree(params string[] args)
    {
        (int exit, _, string stderr) = Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    [Fact]
    public void Evaluate_LooseningParameter_ExitsThreeNamingTheRule()
    {
        (int exit, _, string stderr) = Run("evaluate", Meets, "--param", "HLJ-BASE-AREA=1999");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("HLJ-BASE-AREA", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_MixedLines_ReportsEachLineAndContinuesPastBadOnes()
    {
        (int exit, string stdout, string stderr) = Run("batch", Repo.Path("samples", "data", "hlj-shared-base", "applications.jsonl"), "--program", "hlj-shared-base", "--as-of", "2023-03-01");

        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"outcome\":\"Met\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"NotMet\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"line\":3,\"invalid\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("json-syntax", lines[3], StringComparison.Ordinal);
        Assert.Contains("lines: 4, met: 1, not met: 1, incomplete: 0, invalid: 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_PastMaxLines_StopsWithExitTwoNamingTheLine()
    {
        (int exit, string stdout, string stderr) = Run("batch", Repo.Path("samples", "data", "hlj-shared-base", "applications.jsonl"), "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--max-lines", "2");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Stopped at line 3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Programs_ListsEveryRuleSetOfTheCatalog()
    {
        (int exit, string stdout, _) = Run("programs");

        Assert.Equal(ExitCodes.Met, exit);
        foreach (LiveCommerce.Rules.Engine.RuleSet ruleSet in LiveCommerce.Rules.Catalog.RuleCatalog.Default.RuleSets)
        {
            Assert.Contains(ruleSet.Id, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_PrintsTheProgrammesSchema()
    {
        (int exit, string stdout, _) = Run("schema", "--program", "hlj-shared-base");

        using JsonDocument schema = JsonDocument.Parse(stdout);
        Assert.Equal(ExitCodes.Met, exit);
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Verify_RecordWrittenByEvaluate_ExitsZeroVerified_TamperedExitsOneFingerprintMismatch()
    {
        string folder = Directory.CreateTempSubdirectory("lcr-record-").FullName;
        try
        {
            string record = Path.Combine(folder, "record.json");
            (int evaluated, _, _) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--record", record);
            (int verified, string verifiedOut, _) = Run("verify", record);
            System.Text.Json.Nodes.JsonNode json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(record))!;
            json["facts"]!["baseName"] = json["facts"]!["baseName"]!.GetValue<string>() + "X";
            File.WriteAllText(record, json.ToJsonString());
            (int tampered, string tamperedOut, _) = Run("verify", record);

            Assert.Equal(ExitCodes.Met, evaluated);
            Assert.Equal(ExitCodes.Met, verified);
            Assert.StartsWith("Verified: hlj-shared-base@", verifiedOut, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.NotMet, tampered);
            Assert.StartsWith("FingerprintMismatch", tamperedOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);
}
