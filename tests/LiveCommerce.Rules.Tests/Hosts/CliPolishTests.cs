using System.Text;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>Issue 17, CLI polish: help that lists what each option accepts, goals like the web host, real causes.</summary>
public sealed class CliPolishTests
{
    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    [InlineData("goals")]
    public void Help_ListsTheAcceptedValuesAndIsoDates(string command)
    {
        (_, string help, _) = CliSafetyTests.Run(command, "--help");

        Assert.Contains("yyyy-MM-dd", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}/\d{4}", help); // no culture-formatted default date
        Assert.Contains(command == "goals" ? "hlj-base-goals" : "hlj-shared-base", help, StringComparison.Ordinal);
        if (command != "batch")
        {
            Assert.Contains("table|json|markdown", help, StringComparison.Ordinal);
            Assert.Contains("zh-CN|en", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Goals_WithProgram_UsesThatGoalSet_AndAnUnknownOneExitsThree()
    {
        string figures = Directory.GetFiles(Repo.Path("samples", "data", "hlj-base-goals"), "*.json").First();

        (int exit, string stdout, string stderr) = CliSafetyTests.Run("goals", "--province", "Heilongjiang", figures, "--program", "hlj-base-goals", "--as-of", "2023-03-01", "--lang", "en");
        (int unknown, _, string unknownError) = CliSafetyTests.Run("goals", "--province", "Heilongjiang", figures, "--program", "sc-goals");

        Assert.True(exit is ExitCodes.Met or ExitCodes.NotMet, stderr);
        Assert.Contains("hlj-base-goals", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, unknown);
        Assert.Contains("no goal set 'sc-goals'", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_MarkdownFormat_PrintsMarkdown()
    {
        string figures = Directory.GetFiles(Repo.Path("samples", "data", "hlj-base-goals"), "*.json").First();

        (_, string stdout, _) = CliSafetyTests.Run("goals", "--province", "Heilongjiang", figures, "--as-of", "2023-03-01", "--format", "markdown", "--lang", "en");

        Assert.StartsWith("# ", stdout, StringComparison.Ordinal);
        Assert.Contains("| Status | Indicator | Target |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidUtf8_IsCalledInvalidUtf8NotASurrogate()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lcr-gbk-{Guid.NewGuid():N}.json");
        byte[] json = File.ReadAllBytes(Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json"));
        string text = Encoding.UTF8.GetString(json);
        int name = text.IndexOf("\"baseName\": \"", StringComparison.Ordinal) + "\"baseName\": \"".Length;
        // 哈 in GBK (0xB9 0xFE): not UTF-8.
        byte[] gbk = [.. Encoding.UTF8.GetBytes(text[..name]), 0xB9, 0xFE, .. Encoding.UTF8.GetBytes(text[name..])];
        File.WriteAllBytes(path, gbk);
        try
        {
            (int exit, string stdout, _) = CliSafetyTests.Run("evaluate", path, "--program", "hlj-shared-base", "--lang", "en");

            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.Contains("not valid UTF-8", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("surrogate", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
