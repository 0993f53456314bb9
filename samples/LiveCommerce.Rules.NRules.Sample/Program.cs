using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.NRules.Sample;
using NRules;
using NRules.Fluent;

// dotnet run --project samples/LiveCommerce.Rules.NRules.Sample -- samples/data/hlj-shared-base/application-fails.json
// The integrator's own rules (IntegratorRules.cs) and the generated shared-base rules in one NRules repository.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: LiveCommerce.Rules.NRules.Sample APPLICATION.json");
    return 3;
}

var sharedBase = (RuleSet<SharedBaseApplication>)RuleCatalog.Default[SharedBaseRuleSet.RuleSetId];
if (!sharedBase.ReadFacts(File.ReadAllBytes(args[0]), out SharedBaseApplication? application).IsValid)
{
    Console.Error.WriteLine("the application is not valid shared-base facts");
    return 2;
}

var repository = new RuleRepository();
repository.Load(x => x.From(typeof(OpenCaseWhenTenantsNotMet).Assembly));
repository.Add(LiveCommerceRuleRepository.RuleSetFor(sharedBase));
ISession session = repository.Compile().CreateSession();
session.Insert(new Application<SharedBaseApplication>(sharedBase, application!, new DateOnly(2023, 3, 1)));
session.Fire();

Console.WriteLine($"{sharedBase}: {session.Query<RuleSetOutcome>().Single().Outcome}");
foreach (CaseOpened opened in session.Query<CaseOpened>())
{
    Console.WriteLine($"case opened for {opened.RuleId}: {opened.Explanation}");
}

foreach (ReviewRequested review in session.Query<ReviewRequested>())
{
    Console.WriteLine($"sent to review: {review.FailedClauses} clause(s) not met");
}

return 0;
