using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Builders for city selection rounds.</summary>
internal static class CitySamples
{
    public static SharedBaseCitySelection Selection(params SharedBaseCandidate[] applicants) =>
        new() { City = "哈尔滨市", Applicants = [.. applicants] };

    public static SharedBaseCandidate Candidate(
        string id,
        decimal score,
        bool inspected = true,
        bool eligible = true,
        bool? selected = null,
        bool accepted = false,
        Money? subsidy = null) => new()
        {
            ApplicationId = id,
            BaseName = "基地 " + id,
            ExpertScore = score,
            MeetsBasicCriteria = eligible,
            InspectedOnSite = inspected,
            SelectedAsCandidate = selected,
            Accepted = accepted,
            Subsidy = subsidy,
        };
}
