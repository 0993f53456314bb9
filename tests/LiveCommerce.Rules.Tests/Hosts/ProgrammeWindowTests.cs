using System.Text.Json;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>Issue 17: an evaluation after the programme's deadline or before it opens never reads as a plain "met".</summary>
public sealed class ProgrammeWindowTests
{
    private static readonly string Meets = Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json");

    [Theory]
    [InlineData("2023-06-30", ExitCodes.Met)] // the deadline day itself: open
    [InlineData("2023-07-01", ExitCodes.OutsideWindow)] // the day after
    [InlineData("2023-03-01", ExitCodes.Met)]
    public void Evaluate_MetApplication_ExitCodeSaysWhetherTheProgrammeIsOpen(string asOf, int expected)
    {
        (int exit, _, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", asOf, "--lang", "en");

        Assert.Equal(expected, exit);
    }

    [Fact]
    public void Evaluate_AfterTheDeadline_TableHeadlineSaysClosed()
    {
        (_, string stdout, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2024-01-01", "--lang", "en");

        string outcome = stdout.Split('\n').Single(l => l.StartsWith("Outcome:", StringComparison.Ordinal));
        Assert.Contains("all requirements met — programme closed (2023-06-30)", outcome, StringComparison.Ordinal);
        Assert.Contains("Closed: the as-of date 2024-01-01 is after 2023-06-30", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnTheIssueDay_HasNoHeadline_TheDayBeforeIsNotYetOpen()
    {
        (_, string onIssue, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2022-02-24", "--lang", "en");
        (_, string dayBefore, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2022-02-23", "--lang", "en");

        Assert.DoesNotContain("not yet open", onIssue, StringComparison.Ordinal);
        Assert.Contains("programme not yet open (opens 2022-02-24)", dayBefore, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BeforeTheOpening_MarkdownAndJsonSayNotYetOpen()
    {
        (_, string markdown, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2021-12-31", "--format", "markdown");
        (int exit, string json, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2021-12-31", "--format", "json");

        // (Before the opening the sample's months are not yet known, so it is not met either: exit 1, not 4.)
        using JsonDocument report = JsonDocument.Parse(json);
        Assert.Contains("**尚未开放(2022-02-24 起)**", markdown, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotMet, exit);
        Assert.Equal("not-yet-open", report.RootElement.GetProperty("window").GetProperty("status").GetString());
        Assert.Equal("2022-02-24", report.RootElement.GetProperty("window").GetProperty("date").GetString());
    }

    [Fact]
    public void Evaluate_InsideTheWindow_JsonHasNoWindowProperty()
    {
        (_, string json, _) = CliSafetyTests.Run("evaluate", Meets, "--as-of", "2023-03-01", "--format", "json");

        using JsonDocument report = JsonDocument.Parse(json);
        Assert.False(report.RootElement.TryGetProperty("window", out _));
    }

    [Fact]
    public void Evaluate_NotMetAfterTheDeadline_StaysExitOne()
    {
        (int exit, _, _) = CliSafetyTests.Run("evaluate", Repo.Path("samples", "data", "hlj-shared-base", "application-fails.json"), "--as-of", "2024-01-01");

        Assert.Equal(ExitCodes.NotMet, exit);
    }

    [Fact]
    public void Batch_AfterTheDeadline_MarksEachLineAndSaysSo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lcr-window-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllBytes(Meets)).RootElement) + "\n");
        try
        {
            (int exit, string stdout, string stderr) = CliSafetyTests.Run("batch", path, "--program", "hlj-shared-base", "--as-of", "2024-01-01");

            Assert.Equal(ExitCodes.OutsideWindow, exit);
            Assert.Contains("\"outcome\":\"Met\",\"window\":\"closed\"", stdout, StringComparison.Ordinal);
            Assert.Contains("Closed:", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_DraftAfterItsCommentPeriod_IsNotCalledClosed()
    {
        // Sichuan's documents are drafts: their deadline is the comment period, which closes no programme.
        string sample = Directory.GetFiles(Repo.Path("samples", "data", "sc-base"), "*.json").First();

        (_, string stdout, _) = CliSafetyTests.Run("evaluate", sample, "--as-of", "2024-01-01", "--lang", "en");

        Assert.DoesNotContain("programme closed", stdout, StringComparison.Ordinal);
    }
}
