using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>FsCheck properties of the city rule set over generated selection rounds.</summary>
public class SharedBaseCityPropertyTests
{
    private static Gen<(SharedBaseCitySelection Selection, int Quota, Money Funds)> Cases() =>
        from selection in Generators.CitySelection()
        from quota in Gen.Choose(1, 6)
        from funds in Generators.MoneyFen(0, 2_000_000_000)
        select (selection, quota, funds);

    [Property]
    public Property Evaluate_Outcome_NotMetIffSomeMandatoryFindingNotMetAndIsMetAgrees()
    {
        return Prop.ForAll(Arb.From(Cases()), c =>
        {
            SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds);
            Report report = rules.Evaluate(c.Selection, Samples.AsOf);
            bool notMet = report.Findings.Any(f => f.Severity == Severity.Mandatory && f.Outcome == Outcome.NotMet);
            // An accepted base whose public notice is not recorded (HLJ-BASE-ACCEPTANCE) makes the report evidence-incomplete:
            // not met, not a pass either.
            return (report.Outcome == ReportOutcome.NotMet) == notMet
                && rules.IsMet(c.Selection, Samples.AsOf) == (report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings);
        });
    }

    [Property]
    public Property Evaluate_ShownNumbers_NeverContradictTheOutcome()
    {
        Gen<(SharedBaseCitySelection Selection, int Quota, Money Funds)> gen =
            from c in Cases()
            from inspected in Gen.Choose(0, 3)
            select (c.Selection with { Applicants = [.. c.Selection.Applicants.Select((a, i) => a with { InspectedOnSite = i % 4 <= inspected - 1 })] }, c.Quota, c.Funds);

        return Prop.ForAll(Arb.From(gen), c =>
            SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds).Evaluate(c.Selection, Samples.AsOf).Findings.All(SharedBasePropertyTests.NumberAgreesWithOutcome))
            ;
    }

    [Property]
    public Property Evaluate_SubsidyCap_MetIffTotalAtMostFundsAndTotalTimesQuotaAtMostFundsTimesAccepted()
    {
        return Prop.ForAll(Arb.From(Cases()), c =>
        {
            Finding finding = SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds).Evaluate(c.Selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];
            SharedBaseCandidate[] accepted = [.. c.Selection.Applicants.Where(a => a.Accepted)];
            long totalFen = accepted.Sum(a => (a.Subsidy ?? Money.Zero).Fen);
            Outcome expected = accepted.Length == 0 ? Outcome.NotApplicable
                : totalFen <= c.Funds.Fen && (System.Numerics.BigInteger)totalFen * c.Quota <= (System.Numerics.BigInteger)c.Funds.Fen * accepted.Length ? Outcome.Met
                : Outcome.NotMet;
            return finding.Outcome == expected && finding.Amount!.Value.Fen * c.Quota <= c.Funds.Fen;
        });
    }

    [Property]
    public Property Evaluate_Ranking_UndecidedRoundNamesAtMostQuotaEligibleCandidates()
    {
        return Prop.ForAll(Arb.From(Cases()), c =>
        {
            SharedBaseCitySelection undecided = c.Selection with { Applicants = [.. c.Selection.Applicants.Select(a => a with { SelectedAsCandidate = null })] };
            Finding finding = SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds).Evaluate(undecided, Samples.AsOf)["HLJ-BASE-RANKING"];
            int eligible = c.Selection.Applicants.Count(a => a.MeetsBasicCriteria);
            int named = finding.Notes.Count(n => n.En.EndsWith(", candidate", StringComparison.Ordinal));
            return finding.Outcome == Outcome.Met && named == Math.Min(c.Quota, eligible);
        });
    }

    [Property]
    public Property Evaluate_Ranking_RecordingTheComputedCandidatesIsMet()
    {
        return Prop.ForAll(Arb.From(Cases()), c =>
        {
            SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds);
            var ranked = c.Selection.Applicants
                .Where(a => a.MeetsBasicCriteria)
                .OrderByDescending(a => a.ExpertScore)
                .ThenBy(a => a.ApplicationId, StringComparer.Ordinal)
                .Take(c.Quota)
                .Select(a => a.ApplicationId)
                .ToHashSet(StringComparer.Ordinal);
            SharedBaseCitySelection recorded = c.Selection with
            {
                Applicants = [.. c.Selection.Applicants.Select(a => a with { SelectedAsCandidate = ranked.Contains(a.ApplicationId) })],
            };
            SharedBaseCitySelection swapped = recorded with
            {
                Applicants = [.. recorded.Applicants.Select(a => a.MeetsBasicCriteria ? a with { SelectedAsCandidate = !a.SelectedAsCandidate } : a)],
            };
            bool anyEligible = c.Selection.Applicants.Any(a => a.MeetsBasicCriteria);
            return rules.Evaluate(recorded, Samples.AsOf)["HLJ-BASE-RANKING"].Outcome == Outcome.Met
                && (!anyEligible || rules.Evaluate(swapped, Samples.AsOf)["HLJ-BASE-RANKING"].Outcome == Outcome.NotMet);
        });
    }

    [Property]
    public Property EvaluateJson_RoundTrippedSelection_SameFingerprint()
    {
        return Prop.ForAll(Arb.From(Cases()), c =>
        {
            SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(c.Quota, c.Funds);
            EvaluationResult viaJson = rules.EvaluateJson(Json.Bytes(c.Selection), Samples.AsOf);
            return viaJson.IsValid && viaJson.Report!.Fingerprint == rules.Evaluate(c.Selection, Samples.AsOf).Fingerprint;
        });
    }
}
