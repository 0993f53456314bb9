namespace LiveCommerce.Rules.Engine;

/// <summary>
/// How every programme's <c>*Clauses</c> class declares a clause: its id, subject and verbatim citation in one call, then
/// the parameters it declares or reads (<see cref="RuleDescriptor.DeclaringThreshold"/>, <see cref="RuleDescriptor.DeclaringValue"/>,
/// <see cref="ReadingEvery"/>).
/// </summary>
internal static class ClauseDeclarations
{
    /// <summary>The clause <paramref name="id"/> of <paramref name="document"/>, declaring no parameter yet.</summary>
    /// <param name="document">The document the clause is in.</param>
    /// <param name="id">The stable rule id from the catalog.</param>
    /// <param name="subjectZh">What the rule measures, in Chinese.</param>
    /// <param name="subjectEn">What the rule measures, in English.</param>
    /// <param name="section">The section, such as <c>六、(一)②</c>.</param>
    /// <param name="clause">The clause's text, verbatim.</param>
    /// <param name="summary">How the library reads it, in English.</param>
    /// <param name="comparison">The comparison the wording implies, when no threshold the clause declares says it.</param>
    /// <param name="severity">Mandatory unless said.</param>
    public static RuleDescriptor Clause(
        this SourceDocument document, string id, string subjectZh, string subjectEn, string section, string clause, string summary,
        Comparison? comparison = null, Severity severity = Severity.Mandatory) =>
        new(id, new LocalizedText(subjectZh, subjectEn), new Citation(document, section, clause, summary), severity, comparison, []);

    /// <summary><paramref name="clause"/>, reading every parameter <paramref name="others"/> declare, in their order.</summary>
    public static RuleDescriptor ReadingEvery(this RuleDescriptor clause, params ReadOnlySpan<RuleDescriptor> others)
    {
        foreach (RuleDescriptor other in others)
        {
            foreach (ParameterDefinition parameter in other.Parameters)
            {
                clause = clause.Reading(parameter.Key);
            }
        }

        return clause;
    }
}
