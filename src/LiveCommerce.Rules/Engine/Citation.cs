namespace LiveCommerce.Rules.Engine;

/// <summary>Whether a source document is in force.</summary>
public enum DocumentStatus
{
    /// <summary>In force (现行有效).</summary>
    InForce,

    /// <summary>A draft for comment (征求意见稿): every report from it says so.</summary>
    Draft,

    /// <summary>No longer in force; still evaluable for audits of past decisions.</summary>
    Expired,
}

/// <summary>A policy document that rules cite.</summary>
/// <param name="Id">A stable identifier, such as <c>hlj-2022-shared-base</c>.</param>
/// <param name="Title">The title in Chinese (verbatim) and English.</param>
/// <param name="Issuer">The issuing authority, in Chinese and English.</param>
/// <param name="IssuedOn">The date the document was issued.</param>
/// <param name="Reference">The document number (文号), such as <c>黑政办规〔2020〕22号</c>, when it has one.</param>
public sealed record SourceDocument(string Id, LocalizedText Title, LocalizedText Issuer, DateOnly IssuedOn, string? Reference);

/// <summary>Where a rule comes from: document, section and the verbatim Chinese clause.</summary>
/// <param name="Document">The source document.</param>
/// <param name="Section">The section, as numbered in the document, such as <c>六、(一)②</c>.</param>
/// <param name="Clause">The clause, verbatim in Chinese (for a citation of several places, see <see cref="Fragments"/>).</param>
/// <param name="Summary">A one-line English summary of what the clause requires.</param>
public sealed record Citation(SourceDocument Document, string Section, string Clause, string Summary)
{
    /// <summary>The separate verbatim fragments, each with its own section, when the rule quotes several places of the
    /// document; <see langword="null"/> when <see cref="Clause"/> is one verbatim passage.</summary>
    public IReadOnlyList<CitationFragment>? Fragments { get; init; }

    /// <summary>A citation quoting several places of the document, each fragment verbatim with its own section.
    /// <see cref="Clause"/> lists them joined by " … ", a gap rather than one sentence.</summary>
    /// <exception cref="ArgumentException"><paramref name="fragments"/> is empty.</exception>
    public static Citation Of(SourceDocument document, string section, IEnumerable<CitationFragment> fragments, string summary)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        CitationFragment[] all = [.. fragments];
        if (all.Length == 0)
        {
            throw new ArgumentException("A citation needs at least one fragment.", nameof(fragments));
        }

        return new Citation(document, section, string.Join(" … ", all.Select(f => f.Text)), summary) { Fragments = Array.AsReadOnly(all) };
    }
}

/// <summary>One verbatim piece of a clause and where it stands in the document.</summary>
/// <param name="Section">The section down to the item, such as <c>三、(一)1.(1)2)</c>.</param>
/// <param name="Text">The text, verbatim in Chinese.</param>
public sealed record CitationFragment(string Section, string Text);

/// <summary>How binding a rule is.</summary>
public enum Severity
{
    /// <summary>A hard requirement: failing it fails the evaluation.</summary>
    Mandatory,

    /// <summary>"原则上" (in principle): failing it is a warning an authority may waive with a recorded reason.</summary>
    InPrinciple,

    /// <summary>Information only: reported, never fails an evaluation.</summary>
    Informational,
}

/// <summary>The outcome of one rule.</summary>
public enum Outcome
{
    /// <summary>The requirement is met.</summary>
    Met,

    /// <summary>A mandatory requirement is not met.</summary>
    NotMet,

    /// <summary>An in-principle (原则上) requirement is not met: a warning.</summary>
    Warning,

    /// <summary>The rule does not apply to these facts (for example a condition that only binds some applicants).</summary>
    NotApplicable,

    /// <summary>The rule could not be checked because a parameter without default was not supplied.</summary>
    NotEvaluated,

    /// <summary>The quantities are met but the evidence documents the clause names are incomplete: not a pass.</summary>
    EvidenceIncomplete,
}
