using System.Collections.Immutable;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>RFC 9457 (7807) problem responses in the requested language, each listing every problem it knows.</summary>
internal static class ApiProblems
{
    /// <summary>The code the library gives JSON that cannot be parsed (malformed, or nested deeper than 32 levels).</summary>
    public const string JsonSyntaxCode = "json-syntax";

    /// <summary>404: no programme with that id.</summary>
    public static ProblemHttpResult UnknownProgram(string id, RuleCatalog catalog, ReportLanguage lang) =>
        Problem(
            StatusCodes.Status404NotFound,
            T(lang, "未知的规则集", "Unknown programme"),
            T(lang, $"没有 id 为“{id}”的规则集。已有:{Known(catalog)}。", $"There is no programme '{id}'. Known programmes: {Known(catalog)}."),
            extensions: new() { ["programId"] = id });

    /// <summary>400 for JSON that cannot be parsed (malformed, too deep), 422 for facts that break the contract or the
    /// programme's semantic checks; every problem with its JSON path, code and message.</summary>
    public static ProblemHttpResult InvalidFacts(string programId, ValidationResult validation, ReportLanguage lang)
    {
        bool malformed = validation.Problems.Any(p => p.Code == JsonSyntaxCode);
        ImmutableArray<ProblemEntry> problems = [.. validation.Problems.Select(p => new ProblemEntry(p.Path, p.Code, p.Message.Get(lang), p.AttemptedValue))];
        return Problem(
            malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            malformed ? T(lang, "JSON 格式错误", "Malformed JSON") : T(lang, "事实数据无效", "Invalid facts"),
            validation.IsTruncated
                ? T(lang, $"提交的数据有 {validation.ProblemCount} 个问题(列出前 {problems.Length} 个),未进行评估。", $"The submitted facts have {validation.ProblemCount} problem(s), the first {problems.Length} listed; nothing was evaluated.")
                : T(lang, $"提交的数据有 {problems.Length} 个问题,未进行评估。", $"The submitted facts have {problems.Length} problem(s); nothing was evaluated."),
            problems,
            new() { ["programId"] = programId, ["problemCount"] = validation.ProblemCount });
    }

    /// <summary>400: a query parameter is invalid.</summary>
    public static ProblemHttpResult BadQuery(string name, string code, LocalizedText message, string? attempted, ReportLanguage lang) =>
        Problem(
            StatusCodes.Status400BadRequest,
            T(lang, "查询参数无效", "Invalid query parameter"),
            message.Get(lang),
            [new ProblemEntry("query." + name, code, message.Get(lang), attempted)]);

    /// <summary>413: the body exceeds the configured limit.</summary>
    public static ProblemHttpResult TooLarge(long limit, ReportLanguage lang) =>
        Problem(
            StatusCodes.Status413PayloadTooLarge,
            T(lang, "请求体过大", "Request body too large"),
            T(lang, $"请求体不得超过 {limit} 字节。", $"The request body must not exceed {limit} bytes."));

    /// <summary>415: the body is not JSON.</summary>
    public static ProblemHttpResult NotJson(ReportLanguage lang) =>
        Problem(
            StatusCodes.Status415UnsupportedMediaType,
            T(lang, "不支持的媒体类型", "Unsupported media type"),
            T(lang, "请求体须为 JSON(Content-Type: application/json)。", "The request body must be JSON (Content-Type: application/json)."));

    /// <summary>400: the body could not be read (the client aborted or sent a malformed chunked body).</summary>
    public static ProblemHttpResult UnreadableBody(ReportLanguage lang) =>
        Problem(
            StatusCodes.Status400BadRequest,
            T(lang, "无法读取请求体", "Unreadable request body"),
            T(lang, "请求体无法读取。", "The request body could not be read."));

    /// <summary>A problem with an optional <c>problems</c> list and other extensions.</summary>
    public static ProblemHttpResult Problem(int status, string title, string detail, ImmutableArray<ProblemEntry> problems = default, Dictionary<string, object?>? extensions = null)
    {
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach ((string key, object? value) in extensions ?? [])
        {
            details.Extensions[key] = value;
        }

        if (!problems.IsDefaultOrEmpty)
        {
            details.Extensions["problems"] = problems;
        }

        return TypedResults.Problem(details);
    }

    /// <summary>The text in <paramref name="lang"/>.</summary>
    public static string T(ReportLanguage lang, string zhCn, string en) => lang == ReportLanguage.English ? en : zhCn;

    private static string Known(RuleCatalog catalog) => string.Join(", ", catalog.RuleSets.Select(r => r.Id));
}
