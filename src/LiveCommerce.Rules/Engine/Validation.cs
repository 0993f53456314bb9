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
    private ValidationResult(ImmutableArray<ValidationProblem> problems) => Problems = problems;

    /// <summary>A result with no problems.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Every problem found, in document order where possible.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Whether there are no problems.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Creates a result from problems.</summary>
    public static ValidationResult Of(IEnumerable<ValidationProblem> problems)
    {
        ImmutableArray<ValidationProblem> list = [.. problems];
        return list.IsEmpty ? Valid : new ValidationResult(list);
    }

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
            : $"The facts are invalid ({result.Problems.Length} problem(s)): " + string.Join(" ", result.Problems);
}

/// <summary>Collects validation problems with their JSON paths while a validator walks the facts.</summary>
public sealed class ValidationCollector
{
    // Created with the first problem: valid facts, the common case, allocate nothing here.
    private List<ValidationProblem>? problems;

    /// <summary>Whether any problem was added.</summary>
    public bool HasProblems => problems is { Count: > 0 };

    /// <summary>Adds a problem.</summary>
    public void Add(string path, string code, string zhCn, string en, string? attemptedValue = null) =>
        Add(new ValidationProblem(path, code, new LocalizedText(zhCn, en), attemptedValue));

    /// <summary>Adds a problem.</summary>
    public void Add(ValidationProblem problem) => (problems ??= []).Add(problem);

    /// <summary>The result so far.</summary>
    public ValidationResult ToResult() => problems is null ? ValidationResult.Valid : ValidationResult.Of(problems);
}
