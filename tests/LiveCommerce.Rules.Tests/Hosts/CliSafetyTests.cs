using System.Text;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>Issue 17: the command line never applies a misread standard and never destroys a user's file.</summary>
public sealed class CliSafetyTests : IDisposable
{
    private static readonly string Meets = Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json");
    private static readonly string Batch = Repo.Path("samples", "data", "hlj-shared-base", "applications.jsonl");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lcr-safety-");

    public void Dispose() => folder.Delete(recursive: true);

    [Theory]
    [InlineData("HLJ-BASE-AREA=2,500", "'2,500'")]
    [InlineData("HLJ-BASE-AREA=2500m2", "'2500m2'")]
    [InlineData("HLJ-BASE-AREA=２５００", "'２５００'")]
    [InlineData("HLJ-BASE-AREA=", "''")]
    [InlineData("HLJ-BASE-AREA= 2500", "' 2500'")]
    [InlineData("HLJ-BASE-OPERATOR=24.4", "'24.4'")]
    public void Param_NotStrictlyAValueOfItsUnit_ExitsThreeNamingKeyAndValue(string param, string quoted)
    {
        (int exit, string stdout, string stderr) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--param", param);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(param[..param.IndexOf('=', StringComparison.Ordinal)], stderr, StringComparison.Ordinal);
        Assert.Contains(quoted, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Param_WholeMonths_IsAccepted()
    {
        (int exit, _, string stderr) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--param", "HLJ-BASE-OPERATOR=12", "--param", "HLJ-BASE-AREA=2000.5");

        Assert.True(exit is ExitCodes.Met or ExitCodes.NotMet, stderr);
    }

    [Fact]
    public void Param_RepeatedKey_ExitsThree()
    {
        (int exit, _, string stderr) = Run("evaluate", Meets, "--as-of", "2023-03-01", "--param", "HLJ-BASE-AREA=2500", "--param", "HLJ-BASE-AREA=2600");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("HLJ-BASE-AREA is given more than once", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RecordOverTheFactsFile_IsRefusedAndTheFactsStayIntact()
    {
        string facts = Copy(Meets, "facts.json");
        byte[] before = File.ReadAllBytes(facts);

        (int exit, _, string stderr) = Run("evaluate", facts, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--record", facts);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("is an input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(facts));
    }

    [Fact]
    public void Evaluate_RecordOverTheFactsFileThroughASymbolicLink_IsRefused()
    {
        string facts = Copy(Meets, "facts.json");
        string link = Path.Combine(folder.FullName, "link.json");
        File.CreateSymbolicLink(link, facts);
        byte[] before = File.ReadAllBytes(facts);

        (int exit, _, _) = Run("evaluate", facts, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--record", link);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(before, File.ReadAllBytes(facts));
    }

    [Fact]
    public void Batch_OutOverTheInputFile_IsRefusedAndTheInputStaysIntact()
    {
        string input = Copy(Batch, "in.jsonl");
        byte[] before = File.ReadAllBytes(input);

        (int exit, _, string stderr) = Run("batch", input, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--out", input);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("is an input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Batch_OutIntoAMissingFolder_ExitsThreeWithAClearMessage()
    {
        string output = Path.Combine(folder.FullName, "no-such-folder", "out.jsonl");

        (int exit, _, string stderr) = Run("batch", Batch, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--out", output);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_OutIsAFolder_ExitsThreeSayingSo()
    {
        (int exit, _, string stderr) = Run("batch", Batch, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--out", folder.FullName);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("is a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_OutIntoAnUnwritableFolder_ExitsThree()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // a read-only mode bit does not stop root, and Windows has no mode bits
        }

        DirectoryInfo locked = folder.CreateSubdirectory("locked");
        File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            (int exit, _, string stderr) = Run("batch", Batch, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--out", Path.Combine(locked.FullName, "out.jsonl"));

            Assert.Equal(ExitCodes.UsageError, exit);
            Assert.Contains("Cannot write", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Batch_Out_WritesTheWholeFileAndLeavesNoTemporaryFile()
    {
        string output = Path.Combine(folder.FullName, "out.jsonl");
        File.WriteAllText(output, "old contents");

        (int exit, _, _) = Run("batch", Batch, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(4, File.ReadAllLines(output).Length);
        Assert.Equal(["out.jsonl"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Batch_Cancelled_LeavesThePreviousOutputUntouchedAndNoHalfFile()
    {
        string output = Path.Combine(folder.FullName, "out.jsonl");
        File.WriteAllText(output, "old contents");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Commands.Batch(
            new Output(TextWriter.Null, TextWriter.Null, redirected: true), new FileInfo(Batch), "hlj-shared-base", new DateOnly(2023, 3, 1), new FileInfo(output), [], null, Commands.DefaultMaxLines, cancel.Token).GetAwaiter().GetResult());

        Assert.Equal("old contents", File.ReadAllText(output));
        Assert.Equal(["out.jsonl"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Evaluate_AFolderAsFacts_SaysItIsAFolder()
    {
        (int exit, _, string stderr) = Run("evaluate", folder.FullName, "--program", "hlj-shared-base");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("is a folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", stderr, StringComparison.Ordinal);
    }

    private string Copy(string source, string name)
    {
        string path = Path.Combine(folder.FullName, name);
        File.Copy(source, path);
        return path;
    }

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);
}
