namespace LiveCommerce.Rules.Catalog;

/// <summary>
/// Clauses of the rule catalog (shared/spec/rule-catalog.md) that no rule set encodes yet. They are listed in the
/// catalog's output as <em>not implemented</em>, never as implemented. An entry is removed here when its rule lands.
/// </summary>
internal static class PlannedRules
{
    public static readonly PlannedRule[] All =
    [
    ];
}

/// <summary>A catalogued clause not yet encoded.</summary>
internal sealed record PlannedRule(string Id, string DocumentId, string Clause, string Summary);
