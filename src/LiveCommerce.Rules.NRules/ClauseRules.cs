using System.Linq.Expressions;
using LiveCommerce.Rules.Engine;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// Generates the NRules rules of one rule set from its clauses: one rule per clause (name = rule id, description = the
/// verbatim clause, tags = rule set, jurisdiction and document), and one rule that concludes the rule set once every
/// clause has its finding. The generated rules call the core's own decision of each clause, built with the rule set's
/// resolved parameters, so no number, comparison or citation is written twice.
/// </summary>
/// <remarks>
/// The rule-set rule matches the application alone and fires last by priority: every clause rule, and every rule of
/// a priority above <see cref="RuleSetPriority"/> that the findings activate, has fired by then. It concludes from the
/// findings the clause rules handed to the application. An earlier version waited on a Rete aggregate (<c>Collect</c>)
/// of a finding per clause, which made a session cost many times the hand-written NRules floor (see benchmarks/README.md).
/// </remarks>
internal static class ClauseRules
{
    /// <summary>Clause rules fire first: each finding is in the session before any other rule fires.</summary>
    internal const int ClausePriority = 100;

    /// <summary>
    /// The rule-set rule fires after every rule of a higher priority, so integrators' rules on <see cref="ClauseFinding"/>
    /// at the default priority 0 see every finding of an application before its <see cref="RuleSetOutcome"/> exists.
    /// </summary>
    internal const int RuleSetPriority = -100;

    public static IEnumerable<IRuleDefinition> For<TFacts>(RuleSet<TFacts> ruleSet)
        where TFacts : class
    {
        foreach (Clause<TFacts> clause in ruleSet.Clauses)
        {
            yield return ClauseRule(ruleSet, clause);
        }

        yield return RuleSetRule(ruleSet);
    }

    // rule "<RULE-ID>": when an application of this rule set; then insert the clause's finding.
    private static IRuleDefinition ClauseRule<TFacts>(RuleSet<TFacts> ruleSet, Clause<TFacts> clause)
        where TFacts : class
    {
        var builder = new RuleBuilder();
        builder.Name(clause.Descriptor.Id);
        builder.Description(clause.Descriptor.Citation.Clause);
        Describe(builder, ruleSet);
        builder.Property("section", clause.Descriptor.Citation.Section);
        builder.Property("severity", clause.Descriptor.Severity.ToString());
        builder.Priority(ClausePriority);

        MatchApplication(builder, ruleSet);

        Expression<Action<IContext, Application<TFacts>>> insertFinding = (ctx, application) =>
            ctx.Insert(new ClauseFinding(application, ruleSet.Id, application.Made(clause, clause.Evaluate(application.Facts, application.AsOf))));
        builder.RightHandSide().Action(insertFinding);
        return builder.Build();
    }

    // rule "<rule-set-id>": when an application (lowest priority: after its clause rules); then insert the rule set's
    // outcome, concluded from the application's findings.
    private static IRuleDefinition RuleSetRule<TFacts>(RuleSet<TFacts> ruleSet)
        where TFacts : class
    {
        var builder = new RuleBuilder();
        builder.Name(ruleSet.Id);
        builder.Description(ruleSet.Title.ZhCn);
        Describe(builder, ruleSet);
        builder.Priority(RuleSetPriority);

        MatchApplication(builder, ruleSet);

        Expression<Action<IContext, Application<TFacts>>> conclude = (ctx, application) =>
            ctx.Insert(new RuleSetOutcome(application, ruleSet.Id, application.Concluded(ruleSet.CreateReport(application.Facts, application.AsOf, application.Findings()))));
        builder.RightHandSide().Action(conclude);
        return builder.Build();
    }

    // when: an Application<TFacts> that carries this very rule set (its parameters are the ones the rules were built with).
    private static void MatchApplication<TFacts>(RuleBuilder builder, RuleSet<TFacts> ruleSet)
        where TFacts : class
    {
        // NRules compares the captured rule set by value: every rule of the rule set shares this one alpha node.
        Expression<Func<Application<TFacts>, bool>> ofThisRuleSet = application => application.RuleSet == ruleSet;
        builder.LeftHandSide().Pattern(typeof(Application<TFacts>), "application").Condition(ofThisRuleSet);
    }

    private static void Describe(RuleBuilder builder, Engine.RuleSet ruleSet)
    {
        builder.Tag(ruleSet.Id);
        builder.Tag(ruleSet.Info.Jurisdiction.En);
        builder.Tag(ruleSet.Info.Document.Id);
        builder.Property("ruleSetVersion", ruleSet.Version);
    }
}
