using System.Collections.Immutable;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>
/// Finds a province's goal sets in the catalog: the rule sets the catalog registers with goal tracking
/// (<see cref="ProgrammeRegistration.Goals"/>) whose jurisdiction is the province, named in Chinese or English, any case,
/// with or without 省 / "Province".
/// </summary>
internal static class GoalSets
{

    /// <summary>Whether <paramref name="info"/>'s jurisdiction is <paramref name="province"/>.</summary>
    public static bool IsFor(RuleSetInfo info, string province)
    {
        string wanted = Normalize(province);
        return wanted.Length > 0
            && (string.Equals(Normalize(info.Jurisdiction.ZhCn), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Normalize(info.Jurisdiction.En), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every goal set in <paramref name="catalog"/>, in catalog order.</summary>
    public static ImmutableArray<RuleSet> All(RuleCatalog catalog) => [.. catalog.RuleSets.Where(r => catalog.RegistrationOf(r.Id).Goals is not null)];

    /// <summary>The goal sets of <paramref name="province"/>.</summary>
    public static ImmutableArray<RuleSet> For(RuleCatalog catalog, string province) => [.. All(catalog).Where(r => IsFor(r.Info, province))];

    private static string Normalize(string name)
    {
        string s = name.Trim();
        if (s.EndsWith('省'))
        {
            s = s[..^1];
        }
        else if (s.EndsWith(" province", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^" province".Length];
        }

        return s.Trim();
    }
}
