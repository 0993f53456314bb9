using LiveCommerce.Rules.Engine;
using NRules;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// Evaluates applications of one rule set with NRules: a session factory compiled once from the generated rules, and a
/// cheap session per evaluation (insert the application, fire, read the <see cref="RuleSetOutcome"/>). Its reports are
/// the core engine's, finding for finding and to the fingerprint.
/// </summary>
/// <remarks>Thread-safe: the compiled factory is shared, each evaluation has its own session.</remarks>
public abstract class NRulesEvaluator
{
    private protected NRulesEvaluator(ISessionFactory sessionFactory) => SessionFactory = sessionFactory;

    /// <summary>The compiled rules; create a session of your own to insert further facts and your rules' facts.</summary>
    public ISessionFactory SessionFactory { get; }

    /// <summary>The rule set the rules were generated from.</summary>
    public abstract Engine.RuleSet RuleSet { get; }

    /// <summary>Compiles the generated rules of <paramref name="ruleSet"/> (of any facts type).</summary>
    public static NRulesEvaluator Compile(Engine.RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return (NRulesEvaluator)typeof(NRulesEvaluator).GetMethod(nameof(CompileTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(ruleSet.FactsType).Invoke(null, [ruleSet])!;
    }

    /// <summary>Compiles the generated rules of <paramref name="ruleSet"/>.</summary>
    public static NRulesEvaluator<TFacts> Compile<TFacts>(RuleSet<TFacts> ruleSet)
        where TFacts : class
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ISessionFactory factory = new LiveCommerceRuleRepository().Add(ruleSet).Compile();
        return new NRulesEvaluator<TFacts>(ruleSet, factory);
    }

    private static NRulesEvaluator<TFacts> CompileTyped<TFacts>(Engine.RuleSet ruleSet)
        where TFacts : class => Compile((RuleSet<TFacts>)ruleSet);

    /// <summary>Reads facts from UTF-8 JSON and evaluates them in an NRules session; never throws on bad input.</summary>
    public abstract EvaluationResult EvaluateJson(ReadOnlySpan<byte> utf8Json, DateOnly asOf);
}

/// <summary>An <see cref="NRulesEvaluator"/> for facts of type <typeparamref name="TFacts"/>.</summary>
/// <typeparam name="TFacts">The rule set's facts type.</typeparam>
public sealed class NRulesEvaluator<TFacts> : NRulesEvaluator
    where TFacts : class
{
    private readonly RuleSet<TFacts> ruleSet;

    internal NRulesEvaluator(RuleSet<TFacts> ruleSet, ISessionFactory sessionFactory)
        : base(sessionFactory) => this.ruleSet = ruleSet;

    /// <inheritdoc/>
    public override Engine.RuleSet RuleSet => ruleSet;

    /// <summary>Evaluates valid <paramref name="facts"/> in a new session.</summary>
    /// <exception cref="FactsValidationException">The facts are invalid.</exception>
    public Report Evaluate(TFacts facts, DateOnly asOf)
    {
        ValidationResult validation = ruleSet.Validate(facts);
        return validation.IsValid ? Fire(facts, asOf) : throw new FactsValidationException(validation);
    }

    /// <inheritdoc/>
    public override EvaluationResult EvaluateJson(ReadOnlySpan<byte> utf8Json, DateOnly asOf)
    {
        ValidationResult validation = ruleSet.ReadFacts(utf8Json, out TFacts? facts);
        return validation.IsValid ? EvaluationResult.Success(Fire(facts!, asOf)) : EvaluationResult.Invalid(validation);
    }

    // Facts already validated: one session, the application in, the rules fired, the conclusion out.
    private Report Fire(TFacts facts, DateOnly asOf)
    {
        ISession session = SessionFactory.CreateSession();
        var application = new Application<TFacts>(ruleSet, facts, asOf, validated: true);
        session.Insert(application);
        session.Fire();

        // The rule-set rule hands its report to the application as it inserts the RuleSetOutcome: no query of the session.
        return application.Report
            ?? throw new InvalidOperationException($"The rule-set rule of {ruleSet} did not conclude about {application}.");
    }
}
