using System.Text;
using System.Text.Json;
using LiveCommerce.Rules.ConsoleHost;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>Issue 17: a byte-order mark is accepted everywhere, memory is bounded by limits, records are read strictly.</summary>
public sealed class InputRobustnessTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly string Meets = Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lcr-input-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void EvaluateJson_WithAByteOrderMark_ReadsTheFacts()
    {
        byte[] json = [.. Bom, .. File.ReadAllBytes(Meets)];

        EvaluationResult result = SharedBaseRuleSet.Default.EvaluateJson(json, new DateOnly(2023, 3, 1));

        Assert.True(result.Validation.IsValid, result.Validation.ToString());
        Assert.Equal(ReportOutcome.Met, result.Report!.Outcome);
    }

    [Fact]
    public void EvaluateAndVerify_FilesWithAByteOrderMark_Work()
    {
        string facts = Path.Combine(folder.FullName, "facts.json");
        string record = Path.Combine(folder.FullName, "record.json");
        File.WriteAllBytes(facts, [.. Bom, .. File.ReadAllBytes(Meets)]);

        (int evaluated, _, string evaluateError) = CliSafetyTests.Run("evaluate", facts, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--record", record);
        File.WriteAllBytes(record, [.. Bom, .. File.ReadAllBytes(record)]);
        (int verified, string verifyOut, string verifyError) = CliSafetyTests.Run("verify", record);

        Assert.Equal(ExitCodes.Met, evaluated);
        Assert.Equal(string.Empty, evaluateError);
        Assert.Equal(ExitCodes.Met, verified);
        Assert.StartsWith("Verified", verifyOut, StringComparison.Ordinal);
        Assert.Equal(string.Empty, verifyError);
    }

    [Theory]
    [InlineData("outcome")]
    [InlineData("fingerprint")]
    public void Verify_RecordWithADuplicateKey_IsRejected(string key)
    {
        string facts = Path.Combine(folder.FullName, "facts.json");
        string record = Path.Combine(folder.FullName, "record.json");
        File.Copy(Meets, facts);
        _ = CliSafetyTests.Run("evaluate", facts, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--record", record);
        string text = File.ReadAllText(record);
        int at = text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        string line = text[at..(text.IndexOf('\n', at) + 1)];
        File.WriteAllText(record, text.Insert(at, line.TrimEnd().TrimEnd(',') + ",\n  "));

        (int exit, _, string stderr) = CliSafetyTests.Run("verify", record);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"$.{key} appears more than once", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DuplicateKeyInsideTheFacts_IsRejectedWithItsPath()
    {
        string facts = Path.Combine(folder.FullName, "facts.json");
        string record = Path.Combine(folder.FullName, "record.json");
        File.Copy(Meets, facts);
        _ = CliSafetyTests.Run("evaluate", facts, "--program", "hlj-shared-base", "--as-of", "2023-03-01", "--record", record);
        string text = File.ReadAllText(record);
        int facts0 = text.IndexOf("\"facts\"", StringComparison.Ordinal);
        int brace = text.IndexOf('{', facts0);
        File.WriteAllText(record, text.Insert(brace + 1, "\"baseName\":\"Other\","));

        (int exit, _, string stderr) = CliSafetyTests.Run("verify", record);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("$.facts.baseName appears more than once", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationResult_KeepsTheFirstProblemsAndCountsThemAll()
    {
        ValidationResult result = ValidationResult.Of(Enumerable.Range(0, 250).Select(i => new ValidationProblem($"$.x[{i}]", "range", new LocalizedText("x", "x"))));

        Assert.Equal(ValidationResult.MaxProblems, result.Problems.Length);
        Assert.Equal(250, result.ProblemCount);
        Assert.True(result.IsTruncated);
        Assert.Equal("$.x[0]", result.Problems[0].Path);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void EvaluateJson_ThousandsOfBadItems_ReturnsAtMostTheCapWithTheTotal()
    {
        // 5,000 monthly figures of the wrong type: one problem each, far past the cap.
        string json = "{\"monthly2022\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 5_000)) + "]}";

        ValidationResult result = SharedBaseRuleSet.Default.ValidateJson(Encoding.UTF8.GetBytes(json));

        Assert.Equal(ValidationResult.MaxProblems, result.Problems.Length);
        Assert.True(result.ProblemCount > 5_000, result.ProblemCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluate_JsonOfAnInputWithManyProblems_CarriesTheTotal()
    {
        string facts = Path.Combine(folder.FullName, "facts.json");
        File.WriteAllText(facts, "{\"monthly2022\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 500)) + "]}");

        (int exit, string stdout, _) = CliSafetyTests.Run("evaluate", facts, "--program", "hlj-shared-base", "--format", "json");
        (_, string table, _) = CliSafetyTests.Run("evaluate", facts, "--program", "hlj-shared-base", "--lang", "en");

        using JsonDocument document = JsonDocument.Parse(stdout);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(ValidationResult.MaxProblems, document.RootElement.GetProperty("problems").GetArrayLength());
        Assert.True(document.RootElement.GetProperty("problemCount").GetInt32() > 500);
        Assert.Contains("the first 100 listed", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_AnOverLongLine_IsSkippedWithoutBeingReadIntoMemory()
    {
        // 64 MiB on one line, then a valid application: the old reader built a 64-million-character string.
        byte[] valid = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllBytes(Meets)).RootElement));
        using var input = new GeneratedStream(64L << 20, valid);
        var lines = new LineReader(input, Commands.MaxLineLength);
        long before = GC.GetAllocatedBytesForCurrentThread();

        Line? first = await lines.ReadAsync(CancellationToken.None);
        Line? second = await lines.ReadAsync(CancellationToken.None);
        Line? end = await lines.ReadAsync(CancellationToken.None);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(first!.Value.TooLong);
        Assert.Equal(valid, second!.Value.Bytes.ToArray());
        Assert.Null(end);
        Assert.Equal(2, lines.LineNumber);
        Assert.True(allocated < 4L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Batch_LinesWithBomCrLfAndALineAtTheLimit_AreReadAsWritten()
    {
        string path = Path.Combine(folder.FullName, "in.jsonl");
        byte[] valid = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllBytes(Meets)).RootElement));
        byte[] atLimit = [.. valid[..^1], .. Enumerable.Repeat((byte)' ', Commands.MaxLineLength - valid.Length), (byte)'}'];
        byte[] overLimit = [.. atLimit, (byte)' '];
        File.WriteAllBytes(path, [.. Bom, .. valid, (byte)'\r', (byte)'\n', .. atLimit, (byte)'\n', .. overLimit, (byte)'\n', (byte)'\n', .. valid]);

        (int exit, string stdout, string stderr) = CliSafetyTests.Run("batch", path, "--program", "hlj-shared-base", "--as-of", "2023-03-01");

        string[] results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(4, results.Length);
        Assert.StartsWith("{\"line\":1,\"outcome\":\"Met\"", results[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"line\":2,\"outcome\":\"Met\"", results[1], StringComparison.Ordinal);
        Assert.Contains("\"line\":3,\"invalid\":[{\"path\":\"$\",\"code\":\"too-long\"", results[2], StringComparison.Ordinal);
        Assert.StartsWith("{\"line\":5,\"outcome\":\"Met\"", results[3], StringComparison.Ordinal);
        Assert.Contains("lines: 4, met: 3", stderr, StringComparison.Ordinal);
    }

    /// <summary>A stream of <c>length</c> bytes of 'x', a line break and <c>tail</c>, made up as it is read.</summary>
    private sealed class GeneratedStream(long length, byte[] tail) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length + 1 + tail.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = 0;
            while (n < count && position < Length)
            {
                buffer[offset + n++] = position < length ? (byte)'x' : position == length ? (byte)'\n' : tail[position - length - 1];
                position++;
            }

            return n;
        }

        // Synchronous, so that the allocations counted are this thread's.
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int n = 0;
            Span<byte> span = buffer.Span;
            while (n < span.Length && position < Length)
            {
                span[n++] = position < length ? (byte)'x' : position == length ? (byte)'\n' : tail[position - length - 1];
                position++;
            }

            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Issue 17: decision records keep Chinese readable and still verify.</summary>
public sealed class ReadableRecordTests
{
    [Fact]
    public void Record_WritesChineseAsIs_AndVerifiesWithTheReportsFingerprint()
    {
        string meets = Repo.Path("samples", "data", "hlj-shared-base", "application-meets.json");
        string folder = Directory.CreateTempSubdirectory("lcr-readable-").FullName;
        try
        {
            string record = Path.Combine(folder, "record.json");
            (_, string json, _) = CliSafetyTests.Run("evaluate", meets, "--as-of", "2023-03-01", "--format", "json");
            (int evaluated, _, _) = CliSafetyTests.Run("evaluate", meets, "--as-of", "2023-03-01", "--record", record);
            (int verified, _, _) = CliSafetyTests.Run("verify", record);
            string text = File.ReadAllText(record);
            using JsonDocument report = JsonDocument.Parse(json);
            using JsonDocument written = JsonDocument.Parse(text);

            Assert.Equal(ExitCodes.Met, evaluated);
            Assert.Contains("哈尔滨松北直播电商共享基地", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
            Assert.Equal(report.RootElement.GetProperty("fingerprint").GetString(), written.RootElement.GetProperty("fingerprint").GetString());
            Assert.Equal(ExitCodes.Met, verified);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
