using System.Collections.Immutable;

namespace LiveCommerce.Rules.Engine;

/// <summary>The overall outcome of a report.</summary>
public enum ReportOutcome
{
    /// <summary>Every mandatory and in-principle requirement is met.</summary>
    Met,

    /// <summary>Every mandatory requirement is met; some in-principle (原则上) requirement is not.</summary>
    MetWithWarnings,

    /// <summary>A mandatory requirement is not met.</summary>
    NotMet,

    /// <summary>No mandatory requirement failed, but some could not be checked (a parameter without default is missing).</summary>
    Incomplete,

    /// <summary>No requirement failed or went unchecked, but the evidence for some is incomplete.</summary>
    EvidenceIncomplete,
}

/// <summary>The explained decision of one rule set about one set of facts.</summary>
/// <remarks>
/// <para>Every finding, the overall outcome, computed amounts (caps, never entitlements), notices, the parameters in
/// force and a <see cref="Fingerprint"/>: SHA-256 over a canonical serialization of the rule set's id and version, the
/// as-of date, the parameters and the facts, so an auditor can reproduce the decision.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Report
{
    private readonly object facts;
    private string? fingerprint;

    internal Report(
        RuleSet ruleSet,
        DateOnly asOf,
        ImmutableArray<Finding> findings,
        ImmutableArray<Notice> notices,
        object facts)
    {
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        Title = ruleSet.Title;
        Status = ruleSet.Status;
        AsOf = asOf;
        Findings = findings;
        Notices = notices;
        this.facts = facts;
        Configuration = ruleSet.FingerprintConfiguration;
        Source = ruleSet;
        Parameters = ruleSet.Parameters.Sorted;
        Outcome = Summarise(findings);
        Amounts = AmountsOf(findings);
    }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set's version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The rule set's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The source document's status (a draft's reports carry a notice).</summary>
    public DocumentStatus Status { get; }

    /// <summary>The date the facts were evaluated as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The overall outcome.</summary>
    public ReportOutcome Outcome { get; }

    /// <summary>Every finding, in the rule set's clause order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Amounts computed by rules: caps (the most that may be paid) and measured amounts.</summary>
    public ImmutableArray<ComputedAmount> Amounts { get; }

    /// <summary>Notices: deadlines passed, draft documents.</summary>
    public ImmutableArray<Notice> Notices { get; }

    /// <summary>The parameter values in force (defaults and overrides), by key.</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; }

    /// <summary>Lower-case hexadecimal SHA-256 over the canonical rule set id, version, as-of date, parameters and facts.</summary>
    /// <remarks>Computed on first read (the facts are immutable, so the value is the same whenever it is read): a caller
    /// that only reads the findings does not pay for canonicalising and hashing the facts.</remarks>
    public string Fingerprint => fingerprint ??= Source.FingerprintOf(facts, AsOf);

    /// <summary>The rule set's configuration beyond its parameters (JSON) that went into the fingerprint, if any.</summary>
    internal string? Configuration { get; }

    /// <summary>The rule set that made this report (for <see cref="DecisionRecord.Create"/>).</summary>
    internal RuleSet Source { get; }

    /// <summary>The finding for <paramref name="ruleId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The report has no such finding.</exception>
    public Finding this[string ruleId] =>
        Findings.FirstOrDefault(f => f.RuleId == ruleId) ?? throw new KeyNotFoundException($"The report has no finding for rule '{ruleId}'.");

    /// <summary>Formats as <c>ruleSet@version: Outcome</c>.</summary>
    public override string ToString() => $"{RuleSetId}@{RuleSetVersion}: {Outcome}";

    private static ImmutableArray<ComputedAmount> AmountsOf(ImmutableArray<Finding> findings)
    {
        ImmutableArray<ComputedAmount>.Builder? amounts = null;
        foreach (Finding f in findings)
        {
            if (f.Amount is { } amount)
            {
                (amounts ??= ImmutableArray.CreateBuilder<ComputedAmount>()).Add(amount);
            }
        }

        return amounts is null ? [] : amounts.ToImmutable();
    }

    internal static ReportOutcome Summarise(ImmutableArray<Finding> findings)
    {
        bool warning = false, incomplete = false, evidence = false;
        foreach (Finding f in findings)
        {
            switch (f.Outcome)
            {
                case Engine.Outcome.NotMet:
                    return ReportOutcome.NotMet;
                case Engine.Outcome.Warning:
                    warning = true;
                    break;
                case Engine.Outcome.NotEvaluated when f.Severity != Severity.Informational:
                    incomplete = true;
                    break;
                case Engine.Outcome.EvidenceIncomplete:
                    evidence = true;
                    break;
            }
        }

        return incomplete ? ReportOutcome.Incomplete
            : evidence ? ReportOutcome.EvidenceIncomplete
            : warning ? ReportOutcome.MetWithWarnings
            : ReportOutcome.Met;
    }
}

/// <summary>Either a report, or the validation problems that stopped evaluation.</summary>
public sealed class EvaluationResult
{
    private EvaluationResult(Report? report, ValidationResult validation)
    {
        Report = report;
        Validation = validation;
    }

    /// <summary>The report, when the facts were valid.</summary>
    public Report? Report { get; }

    /// <summary>The validation result: valid when there is a report.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Whether there is a report.</summary>
    public bool IsValid => Report is not null;

    /// <summary>The result of valid facts: their report.</summary>
    public static EvaluationResult Success(Report report) => new(report ?? throw new ArgumentNullException(nameof(report)), ValidationResult.Valid);

    /// <summary>The result of invalid facts: every problem, no report.</summary>
    /// <exception cref="ArgumentException"><paramref name="validation"/> has no problem.</exception>
    public static EvaluationResult Invalid(ValidationResult validation) =>
        validation is { IsValid: false } ? new(null, validation) : throw new ArgumentException("An invalid result needs at least one problem.", nameof(validation));
}
