using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Catalog;

/// <summary>One clause of the catalog: implemented by a rule set, or catalogued and not yet encoded.</summary>
/// <param name="RuleId">The stable rule id.</param>
/// <param name="DocumentId">The source document's id.</param>
/// <param name="Clause">The clause in Chinese (verbatim for implemented rules).</param>
/// <param name="Summary">What the clause requires, in English.</param>
/// <param name="Implemented">Whether a rule set evaluates it.</param>
/// <param name="RuleSetId">The rule set that evaluates it, when implemented.</param>
/// <param name="Rule">The rule's descriptor, when implemented.</param>
/// <param name="Parameters">The parameters the rule reads, when implemented.</param>
public sealed record CatalogEntry(
    string RuleId,
    string DocumentId,
    string Clause,
    string Summary,
    bool Implemented,
    string? RuleSetId,
    RuleDescriptor? Rule,
    ImmutableArray<ParameterDefinition> Parameters);

/// <summary>
/// Every programme's rule sets, what each programme offers a host beside evaluation (<see cref="Registrations"/>), and
/// every clause of the rule catalog with whether it is implemented.
/// </summary>
/// <remarks>Immutable and thread-safe; share one instance (the DI registration does).</remarks>
public sealed class RuleCatalog
{
    private readonly ImmutableDictionary<string, RuleSet> byId;
    private readonly ImmutableDictionary<string, ProgrammeRegistration> registrationsById;

    private RuleCatalog(ImmutableArray<RuleSet> ruleSets, ImmutableArray<ProgrammeRegistration> registrations)
    {
        RuleSets = ruleSets;
        Registrations = registrations;
        byId = ruleSets.ToImmutableDictionary(r => r.Id, StringComparer.Ordinal);
        registrationsById = registrations.ToImmutableDictionary(p => p.RuleSetId, StringComparer.Ordinal);
        Entries = BuildEntries(ruleSets);
    }

    /// <summary>The built-in rule sets with every document default.</summary>
    public static RuleCatalog Default { get; } = new([.. BuiltInProgrammes.All.Select(p => p.DefaultRuleSet)], BuiltInProgrammes.All);

    /// <summary>Every rule set, in catalog order.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>What each programme offers a host beside evaluation (goal progress, an acceptance sheet, host
    /// configuration), in catalog order: one registration per rule set.</summary>
    public ImmutableArray<ProgrammeRegistration> Registrations { get; }

    /// <summary>Every catalogued clause, implemented or not, in catalog order.</summary>
    public ImmutableArray<CatalogEntry> Entries { get; }

    /// <summary>The rule set with <paramref name="ruleSetId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such rule set.</exception>
    public RuleSet this[string ruleSetId] =>
        byId.TryGetValue(ruleSetId, out RuleSet? r) ? r : throw Unknown(ruleSetId);

    /// <summary>Finds a rule set by id.</summary>
    public bool TryGet(string ruleSetId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleSet? ruleSet) =>
        byId.TryGetValue(ruleSetId, out ruleSet);

    /// <summary>What the programme of the rule set <paramref name="ruleSetId"/> offers a host.</summary>
    /// <exception cref="KeyNotFoundException">No such rule set.</exception>
    public ProgrammeRegistration RegistrationOf(string ruleSetId) =>
        TryGetRegistration(ruleSetId, out ProgrammeRegistration? registration) ? registration : throw Unknown(ruleSetId);

    /// <summary>Finds what the programme of the rule set <paramref name="ruleSetId"/> offers a host.</summary>
    public bool TryGetRegistration(string ruleSetId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProgrammeRegistration? registration) =>
        registrationsById.TryGetValue(ruleSetId, out registration);

    /// <summary>
    /// This catalog with <paramref name="ruleSet"/> in place of the rule set with the same id: for configuration that is
    /// not a parameter, such as Guizhou's recognition criteria (<c>DemonstrationRuleSet.WithCriteria</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The catalog has no rule set with that id.</exception>
    public RuleCatalog With(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        int index = RuleSets.IndexOf(this[ruleSet.Id]);
        return new RuleCatalog(RuleSets.SetItem(index, ruleSet), Registrations);
    }

    /// <summary>
    /// Creates a catalog with parameter overrides per rule set (a city's stricter standards, a city's quota).
    /// </summary>
    /// <param name="overrides">Overrides keyed by rule set id.</param>
    /// <exception cref="RuleConfigurationException">A rule set id or parameter is unknown, or an override loosens a standard; every problem is listed.</exception>
    public static RuleCatalog Create(IReadOnlyDictionary<string, ParameterSet> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return Default;
        }

        var problems = new List<string>();
        foreach (string id in overrides.Keys.Where(id => !Default.byId.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            problems.Add($"There is no rule set '{id}'. Known rule sets: {string.Join(", ", Default.RuleSets.Select(r => r.Id))}.");
        }

        var ruleSets = ImmutableArray.CreateBuilder<RuleSet>();
        foreach (RuleSet ruleSet in Default.RuleSets)
        {
            if (!overrides.TryGetValue(ruleSet.Id, out ParameterSet? set) || set.Values.IsEmpty)
            {
                ruleSets.Add(ruleSet);
                continue;
            }

            try
            {
                ruleSets.Add(ruleSet.WithParameters(set));
            }
            catch (RuleConfigurationException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        return problems.Count > 0 ? throw new RuleConfigurationException(problems) : new RuleCatalog(ruleSets.ToImmutable(), Default.Registrations);
    }

    private KeyNotFoundException Unknown(string ruleSetId) =>
        new($"No rule set '{ruleSetId}'. Known: {string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}.");

    private static ImmutableArray<CatalogEntry> BuildEntries(ImmutableArray<RuleSet> ruleSets)
    {
        ImmutableArray<CatalogEntry>.Builder entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (RuleSet ruleSet in ruleSets)
        {
            foreach (RuleDescriptor rule in ruleSet.Rules)
            {
                if (!implemented.Add(rule.Id))
                {
                    continue; // a reusable rule applied by several rule sets is listed once, under the first
                }

                entries.Add(new CatalogEntry(
                    rule.Id,
                    rule.Citation.Document.Id,
                    rule.Citation.Clause,
                    rule.Citation.Summary,
                    Implemented: true,
                    ruleSet.Id,
                    rule,
                    [.. ruleSet.Parameters.Definitions.Where(d => rule.ParameterKeys.Contains(d.Key))]));
            }
        }

        foreach (PlannedRule planned in PlannedRules.All)
        {
            if (!implemented.Contains(planned.Id))
            {
                entries.Add(new CatalogEntry(planned.Id, planned.DocumentId, planned.Clause, planned.Summary, Implemented: false, null, null, []));
            }
        }

        return entries.ToImmutable();
    }
}
