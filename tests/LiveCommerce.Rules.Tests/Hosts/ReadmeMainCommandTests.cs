using System.Text.RegularExpressions;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>The README's first command, run as written: a newcomer's first report reads sensibly on any day.</summary>
public partial class ReadmeMainCommandTests
{
    [Fact]
    public void MainCommand_AsWrittenInTheReadme_MeetsInsideTheProgrammeWindow()
    {
        string readme = File.ReadAllText(Repo.Path("README.md"));
        Match command = MainCommand().Match(readme);
        Assert.True(command.Success, "README.md has no '# 1.' command running the console host");
        string[] args = command.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("--as-of", args);

        string[] resolved = [.. args.Select(a => DocsThatRunTests.Resolve(a, Path.GetTempPath()))];
        (int exit, string stdout, string stderr) = CliRunner.Run(resolved);

        Assert.True(exit == ExitCodes.Met, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("结论: 全部符合", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("不在", stdout, StringComparison.Ordinal); // no "as-of date outside the programme's window" notice
        Assert.DoesNotContain("已过", stdout, StringComparison.Ordinal); // no "deadline passed" notice
    }

    [GeneratedRegex(@"# 1\..*\n+dotnet run --project samples/LiveCommerce\.Rules\.Console -- (?<args>[^\n]+)")]
    private static partial Regex MainCommand();
}
