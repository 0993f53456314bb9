using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Catalog;

/// <summary>Verifying a stored decision against a catalog. An extension here, not a member of
/// <see cref="DecisionRecord"/>, because the engine sits below the catalog: it knows rule sets, not which exist.</summary>
public static class DecisionRecordVerification
{
    /// <summary>
    /// Re-evaluates the recorded facts with the catalog's rule set of the recorded id and version, under the recorded
    /// parameters and as-of date, and compares the fingerprint and outcome.
    /// </summary>
    /// <param name="record">The stored decision.</param>
    /// <param name="catalog">The catalog holding the rule set (its configuration, such as recognition criteria, must be
    /// the recorded one).</param>
    public static DecisionRecordStatus Verify(this DecisionRecord record, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.TryGet(record.RuleSetId, out RuleSet? ruleSet) ? record.Verify(ruleSet) : DecisionRecordStatus.UnknownRuleSet;
    }
}
