namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>The documented exit codes of <c>lcr</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every requirement met (for batch: every valid line met).</summary>
    public const int Met = 0;

    /// <summary>A requirement not met, or the report is incomplete (a parameter without default is missing).</summary>
    public const int NotMet = 1;

    /// <summary>The input is invalid (for batch: at least one line was invalid).</summary>
    public const int InvalidInput = 2;

    /// <summary>Usage error: unknown command or option, unknown programme, unreadable file, rejected parameter override,
    /// an output that would replace an input or cannot be written.</summary>
    public const int UsageError = 3;

    /// <summary>Every requirement met, but the programme is closed (the as-of date is after its deadline) or not yet open
    /// (before it begins) on the as-of date: no application can be made on the answer.</summary>
    public const int OutsideWindow = 4;
}
