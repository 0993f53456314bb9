using System.Collections.Immutable;

namespace LiveCommerce.Rules.Engine;

/// <summary>One problem with submitted facts: where (JSON path), what (stable code) and a message people can act on.</summary>
/// <param name="Path">The JSON path of the offending value, such as <c>$.monthlyFigures[3].month</c>.</param>
/// <param name="Code">A stable code, such as <c>range</c>, <c>type</c>, <c>required</c>, <c>month-duplicate</c>.</param>
/// <param name="Message">What was expected and what was given, in zh-CN and en.</param>
/// <param name="AttemptedValue">The value given, as text, when there was one.</param>
public sealed record ValidationProblem(string Path, string Code, LocalizedText Message, string? AttemptedValue = null)
{
    /// <summary>Formats as <c>$.path [code] message</c> in English.</summary>
    public override string ToString() => $"{Path} [{Code}] {Message.En}";
}

/// <summary>The outcome of validating facts: every problem at once, or none.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationResult
{
    /// <summary>The most problems a result keeps (100): memory is bounded by this limit, not by the input. The rest are
    /// counted in <see cref="ProblemCount"/>.</summary>
    public const int MaxProblems = 100;

    private ValidationResult(ImmutableArray<ValidationProblem> problems, int problemCount)
    {
        Problems = problems;
        ProblemCount = problemCount;
    }

    /// <summary>A result with no problems.</summary>
    public static ValidationResult Valid { get; } = new([], 0);

    /// <summary>The problems found, in document order where possible: all of them, or the first <see cref="MaxProblems"/>.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>How many problems were found, including those past <see cref="MaxProblems"/> that are not kept.</summary>
    public int ProblemCount { get; }

    /// <summary>Whether more problems were found than <see cref="Problems"/> holds.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsTruncated => ProblemCount > Problems.Length;

    /// <summary>Whether there are no problems.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>Creates a result from problems, keeping the first <see cref="MaxProblems"/> and counting them all.</summary>
    public static ValidationResult Of(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var kept = ImmutableArray.CreateBuilder<ValidationProblem>();
        int count = 0;
        foreach (ValidationProblem problem in problems)
        {
            if (count++ < MaxProblems)
            {
                kept.Add(problem);
            }
        }

        return count == 0 ? Valid : new ValidationResult(kept.ToImmutable(), count);
    }

    /// <summary>A result from problems already capped, with the total found.</summary>
    internal static ValidationResult Of(List<ValidationProblem> kept, int count) =>
        count == 0 ? Valid : new ValidationResult([.. kept], Math.Max(count, kept.Count));

    /// <summary>Lists the problems, one per line.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}

/// <summary>Facts were rejected before evaluation; <see cref="Problems"/> lists every problem with its JSON path.</summary>
public sealed class FactsValidationException : Exception
{
    /// <summary>Creates the exception from a validation result with problems.</summary>
    public FactsValidationException(ValidationResult result)
        : base(BuildMessage(result))
    {
        Result = result ?? ValidationResult.Valid;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FactsValidationException()
        : this(ValidationResult.Valid)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FactsValidationException(string message)
        : base(message)
    {
        Result = ValidationResult.Of([new ValidationProblem("$", "invalid", new LocalizedText(message, message))]);
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public FactsValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Result = ValidationResult.Of([new ValidationProblem("$", "invalid", new LocalizedText(message, message))]);
    }

    /// <summary>The validation result.</summary>
    public ValidationResult Result { get; }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ValidationProblem> Problems => Result.Problems;

    private static string BuildMessage(ValidationResult? result) =>
        result is null || result.IsValid
            ? "The facts are invalid."
            : $"The facts are invalid ({result.ProblemCount} problem(s)): " + string.Join(" ", result.Problems);
}

/// <summary>Collects validation problems with their JSON paths while a validator walks the facts.</summary>
public sealed class ValidationCollector
{
    // Created with the first problem: valid facts, the common case, allocate nothing here.
    private List<ValidationProblem>? problems;
    private int count;

    /// <summary>Whether any problem was added.</summary>
    public bool HasProblems => count > 0;

    /// <summary>Adds a problem.</summary>
    public void Add(string path, string code, string zhCn, string en, string? attemptedValue = null) =>
        Add(new ValidationProblem(path, code, new LocalizedText(zhCn, en), attemptedValue));

    /// <summary>Adds a problem.</summary>
    /// <remarks>Past <see cref="ValidationResult.MaxProblems"/> a problem is counted, not kept.</remarks>
    public void Add(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (count++ < ValidationResult.MaxProblems)
        {
            (problems ??= []).Add(problem);
        }
    }

    /// <summary>The result so far.</summary>
    public ValidationResult ToResult() => problems is null ? ValidationResult.Valid : ValidationResult.Of(problems, count);

    /// <summary>The problems of item <paramref name="index"/> of the array at <paramref name="arrayPath"/>.</summary>
    internal ItemProblems Item(string arrayPath, int index) => new(this, arrayPath, index);
}

/// <summary>
/// The problems of one item of an array. Its JSON path is formatted only when a problem is added, so one check serves
/// both the clean item (nothing formatted, nothing allocated) and the reported one: no second "is it clean?" twin.
/// </summary>
internal readonly struct ItemProblems
{
    private readonly ValidationCollector problems;
    private readonly string arrayPath;
    private readonly int index;

    internal ItemProblems(ValidationCollector problems, string arrayPath, int index)
    {
        this.problems = problems;
        this.arrayPath = arrayPath;
        this.index = index;
    }

    /// <summary>The item's path, such as <c>$.applicants[3]</c>.</summary>
    public string Path => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");

    /// <summary>Adds a problem at <paramref name="member"/> of the item (such as <c>.applicationId</c>; empty for the item itself).</summary>
    public void Add(string member, string code, string zhCn, string en, string? attemptedValue = null) =>
        problems.Add(Path + member, code, zhCn, en, attemptedValue);

    /// <summary>Reports a blank text at <paramref name="member"/>, as <see cref="FactsChecks.NotBlank"/> does.</summary>
    public void NotBlank(string? value, string member)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(member, "blank", "不能为空", "Must not be empty.", value);
        }
    }

    /// <summary>
    /// Reports an id at <paramref name="member"/> that an earlier item has already (<paramref name="seen"/> holds theirs),
    /// calling it <paramref name="zhName"/> / <paramref name="enName"/>. A blank id is left to <see cref="NotBlank"/>.
    /// </summary>
    public void Unique(string? id, string member, HashSet<string> seen, string zhName, string enName)
    {
        if (!string.IsNullOrWhiteSpace(id) && !seen.Add(id))
        {
            Add(member, "duplicate", $"{zhName}“{id}”重复", $"The {enName} '{id}' appears more than once.", id);
        }
    }
}
