using System.Text.Json;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>Serializes reports and validation results with the library's source-generated contract.</summary>
public static class LiveCommerceJson
{
    // Chinese text is written as is (not \uXXXX); HTML-sensitive characters stay escaped.
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder Readable =
        System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static readonly JsonContext Compact = Create(indented: false);

    private static readonly JsonContext Indented = Create(indented: true);

    /// <summary>The report as JSON: every finding with its message in zh-CN and en, citation, measured value and threshold.</summary>
    public static string Serialize(Report report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, indented ? Indented.Report : Compact.Report);
    }

    /// <summary>The validation result as JSON: every problem with its JSON path, code and message.</summary>
    public static string Serialize(ValidationResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, indented ? Indented.ValidationResult : Compact.ValidationResult);
    }

    /// <summary>The goal-progress report as JSON: every goal with its value, exact percentage of target, status and citation.</summary>
    public static string Serialize(Goals.GoalProgressReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, indented ? Indented.GoalProgressReport : Compact.GoalProgressReport);
    }

    /// <summary>The report as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToUtf8Bytes(report, Compact.Report);
    }

    /// <summary>The options of <see cref="Serialize(Report, bool)"/> (for tests that compare them with the plain generated contract).</summary>
    internal static JsonSerializerOptions OptionsFor(bool indented) => (indented ? Indented : Compact).Options;

    /// <summary>
    /// The contract with the readable encoder, and findings written by <see cref="FindingJsonConverter"/> (the same bytes
    /// as the generated metadata, several times faster: most of a report is citations, which it copies pre-encoded).
    /// </summary>
    private static JsonContext Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonContext.Default.Options) { WriteIndented = indented, Encoder = Readable };
        options.Converters.Add(new FindingJsonConverter());
        return new JsonContext(options);
    }
}
