using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>The counts the city-level rules need, taken in one O(n) pass over the city's list.</summary>
internal readonly record struct CohortTally(int Applicants, int Inspected, int Targets, int AboveQuotaTargets, int ContestInWindow, int ContestOutsideWindow, int Accepted)
{
    public static CohortTally Of(AssistanceCityCohort cohort)
    {
        int inspected = 0, targets = 0, aboveQuota = 0, contest = 0, contestOutside = 0, accepted = 0;
        DateWindow window = EnterpriseAssistanceClauses.ContestWindow;
        foreach (CohortEnterprise e in cohort.Enterprises)
        {
            if (e.InspectedOnSite)
            {
                inspected++;
            }

            if (!e.SelectedAsTarget)
            {
                continue;
            }

            targets++;
            if (e.Kind == EnterpriseKind.AboveQuotaTrade)
            {
                aboveQuota++;
            }

            if (e.ContestParticipatedOn is { } d)
            {
                if (window.Contains(d))
                {
                    contest++;
                }
                else
                {
                    contestOutside++;
                }
            }

            if (e.Accepted)
            {
                accepted++;
            }
        }

        return new CohortTally(cohort.Enterprises.Length, inspected, targets, aboveQuota, contest, contestOutside, accepted);
    }
}
