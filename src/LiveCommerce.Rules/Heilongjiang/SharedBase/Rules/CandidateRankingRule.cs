using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 按照专家评审打分结果由高至低对各申报单位进行排序,择优确定示范创建单位候选名单: applicants that meet the basic
/// criteria, ranked by expert score (highest first), the top ones up to the city's quota.
/// </summary>
/// <remarks>
/// Tie rule (documented, deterministic): equal scores are ordered by application id, ordinal ascending. A tie that
/// straddles the cut-off is reported in the notes so the expert panel can decide it on the record. When the city has
/// recorded its candidates, the rule checks them against the ranking.
/// </remarks>
internal sealed class CandidateRankingRule(int? quota) : Rule<SharedBaseCitySelection>(SharedBaseClauses.Ranking)
{
    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf)
    {
        if (quota is not { } n)
        {
            return Decision.NotEvaluated;
        }

        HashSet<string>? recorded = Recorded(facts.Applicants);
        return new(recorded is null || recorded.SetEquals(Expected(Rank(facts.Applicants), n)) ? Outcome.Met : Outcome.NotMet);
    }

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        if (quota is not { } n)
        {
            return MissingParameterText(SharedBaseClauses.CityQuotaKey);
        }

        HashSet<string> expected = Expected(Rank(facts.Applicants), n);
        HashSet<string>? recorded = Recorded(facts.Applicants);
        if (recorded is null)
        {
            return Text.Of($"按评分排序,候选名单应为:{string.Join("、", expected)}(配额 {n})", $"By score, the candidates should be: {string.Join(", ", expected)} (quota {n})");
        }

        if (decision.Outcome == Outcome.Met)
        {
            return Text.Of($"候选名单与评分排序一致(配额 {n})", $"The recorded candidates match the ranking by score (quota {n})");
        }

        var unexpected = recorded.Except(expected).Order(StringComparer.Ordinal).ToList();
        var omitted = expected.Except(recorded).Order(StringComparer.Ordinal).ToList();
        return Text.Of(
            $"候选名单与评分排序不一致:多列 {Join(unexpected)};漏列 {Join(omitted)}(配额 {n})",
            $"The recorded candidates differ from the ranking by score: not expected {Join(unexpected)}; missing {Join(omitted)} (quota {n})");
    }

    protected override ImmutableArray<LocalizedText> Describe(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision) =>
        quota is { } n ? Notes(Rank(facts.Applicants), facts.Applicants, n) : [];

    /// <summary>The ids of the top <paramref name="n"/> of the ranking: the candidates the scores call for.</summary>
    private static HashSet<string> Expected(ImmutableArray<SharedBaseCandidate> ranked, int n) =>
        ranked.Take(n).Select(c => c.ApplicationId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The candidates the city recorded, or <see langword="null"/> when it recorded none either way.</summary>
    private static HashSet<string>? Recorded(ImmutableArray<SharedBaseCandidate> applicants)
    {
        HashSet<string>? recorded = null;
        foreach (SharedBaseCandidate a in applicants)
        {
            if (a.SelectedAsCandidate is { } selected)
            {
                recorded ??= new HashSet<string>(StringComparer.Ordinal);
                if (selected)
                {
                    recorded.Add(a.ApplicationId);
                }
            }
        }

        return recorded;
    }

    private static ImmutableArray<LocalizedText> Notes(ImmutableArray<SharedBaseCandidate> ranked, ImmutableArray<SharedBaseCandidate> applicants, int n)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        for (int i = 0; i < ranked.Length; i++)
        {
            SharedBaseCandidate c = ranked[i];
            bool isCandidate = i < n;
            notes.Add(Text.Of(
                $"第 {i + 1} 名:{c.ApplicationId} {c.BaseName},{c.ExpertScore:0.##} 分{(isCandidate ? ",入选候选名单" : "")}",
                $"#{i + 1}: {c.ApplicationId} {c.BaseName}, {c.ExpertScore:0.##} points{(isCandidate ? ", candidate" : "")}"));
        }

        if (ranked.Length > n && ranked[n - 1].ExpertScore == ranked[n].ExpertScore)
        {
            notes.Add(Text.Of(
                $"第 {n} 名与第 {n + 1} 名同为 {ranked[n].ExpertScore:0.##} 分,按申报编号顺序确定,建议专家组复核并记录",
                $"#{n} and #{n + 1} tie at {ranked[n].ExpertScore:0.##} points: ordered by application id; the expert panel should confirm on the record"));
        }

        int ineligible = applicants.Count(a => !a.MeetsBasicCriteria);
        if (ineligible > 0)
        {
            notes.Add(Text.Of($"{ineligible} 个申报单位不符合基本标准,不参与排序", $"{ineligible} applicant(s) do not meet the basic criteria and are not ranked"));
        }

        return notes.ToImmutable();
    }

    /// <summary>Eligible applicants, highest score first, ties by application id (ordinal).</summary>
    internal static ImmutableArray<SharedBaseCandidate> Rank(ImmutableArray<SharedBaseCandidate> applicants) =>
        [.. applicants.Where(a => a.MeetsBasicCriteria).OrderByDescending(a => a.ExpertScore).ThenBy(a => a.ApplicationId, StringComparer.Ordinal)];

    private static string Join(List<string> ids) => ids.Count == 0 ? "—" : string.Join(", ", ids);
}
