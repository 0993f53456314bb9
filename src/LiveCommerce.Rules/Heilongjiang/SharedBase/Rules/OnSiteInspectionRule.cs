using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>对申报企业实地查验面要达到50%以上: an exact share, so 1 of 2 passes and 49 of 100 fails.</summary>
internal sealed class OnSiteInspectionRule(Threshold minimumShare) : Rule<SharedBaseCitySelection>(SharedBaseClauses.Inspection)
{
    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf)
    {
        Ratio share = Share(facts);
        return new(
            minimumShare.IsMetBy(share) ? Outcome.Met : Failed,
            new Quantity(decimal.Round(share.Part * 100m / share.Whole, 2, MidpointRounding.ToZero), Unit.Percent), // truncated: 9,999 of 20,000 shows 49.99%, not 50%
            minimumShare);
    }

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        Ratio share = Share(facts);
        return Text.Of($"实地查验 {share.Part} 家 / 申报 {share.Whole} 家", $"{share.Part} of {share.Whole} applicants inspected on site");
    }

    private static Ratio Share(SharedBaseCitySelection facts)
    {
        int inspected = 0;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (a.InspectedOnSite)
            {
                inspected++;
            }
        }

        return Ratio.Of(inspected, facts.Applicants.Length);
    }
}
