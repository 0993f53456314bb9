using System.Text.Json;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>Serializes reports and validation results with the library's source-generated contract.</summary>
public static class LiveCommerceJson
{
    private static readonly JsonContext Indented = new(new JsonSerializerOptions(JsonContext.Default.Options) { WriteIndented = true });

    /// <summary>The report as JSON: every finding with its message in zh-CN and en, citation, measured value and threshold.</summary>
    public static string Serialize(Report report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, indented ? Indented.Report : JsonContext.Default.Report);
    }

    /// <summary>The validation result as JSON: every problem with its JSON path, code and message.</summary>
    public static string Serialize(ValidationResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, indented ? Indented.ValidationResult : JsonContext.Default.ValidationResult);
    }

    /// <summary>The goal-progress report as JSON: every goal with its value, exact percentage of target, status and citation.</summary>
    public static string Serialize(Goals.GoalProgressReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, indented ? Indented.GoalProgressReport : JsonContext.Default.GoalProgressReport);
    }

    /// <summary>The report as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToUtf8Bytes(report, JsonContext.Default.Report);
    }
}
