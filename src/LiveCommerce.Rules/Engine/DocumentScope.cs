namespace LiveCommerce.Rules.Engine;

/// <summary>
/// What every rule set and goal set following one document shares: the document, the jurisdiction it was issued for and
/// its status. Declared once beside the document, so a rule set's description states only its own id, version, title and
/// deadlines.
/// </summary>
/// <param name="Document">The issuing document.</param>
/// <param name="Jurisdiction">The province or county, in zh-CN and en.</param>
/// <param name="Status">In force, draft or expired.</param>
internal sealed record DocumentScope(SourceDocument Document, LocalizedText Jurisdiction, DocumentStatus Status = DocumentStatus.InForce)
{
    /// <summary>The description of rule set <paramref name="id"/>@<paramref name="version"/> of this document.</summary>
    public RuleSetInfo Describe(string id, string version, LocalizedText title, params Deadline[] deadlines) =>
        new(id, version, title, Jurisdiction, Document, Status, [.. deadlines]);
}
