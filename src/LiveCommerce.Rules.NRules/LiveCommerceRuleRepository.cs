using System.Reflection;
using LiveCommerce.Rules.Engine;
using NRules.RuleModel;
using NRulesRuleSet = NRules.RuleModel.RuleSet;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// An NRules rule repository holding the generated rules of one or more LiveCommerce.Rules rule sets, each in an NRules
/// rule set named <c>id@version</c>. Compile it (<c>repository.Compile()</c>), or add <see cref="RuleSetFor"/> to your
/// own repository beside your rules.
/// </summary>
/// <remarks>The rules of a rule set match only <see cref="Application{TFacts}"/> facts that carry that very rule set
/// instance, so two parameter sets of one programme can live in one session without firing each other's rules.</remarks>
public sealed class LiveCommerceRuleRepository : IRuleRepository
{
    private static readonly MethodInfo Generic = typeof(LiveCommerceRuleRepository).GetMethod(nameof(Generate), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly List<IRuleSet> ruleSets = [];

    /// <summary>Adds the rules of <paramref name="ruleSet"/> (with the parameters it was built with).</summary>
    /// <returns>This repository, so calls chain.</returns>
    public LiveCommerceRuleRepository Add(Engine.RuleSet ruleSet)
    {
        ruleSets.Add(RuleSetFor(ruleSet));
        return this;
    }

    /// <inheritdoc/>
    public IEnumerable<IRuleSet> GetRuleSets() => ruleSets;

    /// <summary>The generated rules of <paramref name="ruleSet"/> as an NRules rule set, for loading into any repository.</summary>
    public static IRuleSet RuleSetFor(Engine.RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var rules = (IEnumerable<IRuleDefinition>)Generic.MakeGenericMethod(ruleSet.FactsType).Invoke(null, [ruleSet])!;
        var set = new NRulesRuleSet(ruleSet.ToString());
        set.Add(rules);
        return set;
    }

    private static IEnumerable<IRuleDefinition> Generate<TFacts>(Engine.RuleSet ruleSet)
        where TFacts : class => [.. ClauseRules.For((RuleSet<TFacts>)ruleSet)];
}
