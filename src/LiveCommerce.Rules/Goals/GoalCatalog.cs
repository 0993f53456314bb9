using System.Collections.Immutable;
using LiveCommerce.Rules.Goals.ProvinceGoals;

namespace LiveCommerce.Rules.Goals;

/// <summary>Every built-in goal set, listed by province, so a host can ask "the goals for province X".</summary>
/// <remarks>Xiangyuan county (Shanxi) states no goals: its list is empty. The goal sets are also in
/// <see cref="Catalog.RuleCatalog"/>. Immutable and thread-safe.</remarks>
public static class GoalCatalog
{
    /// <summary>Every built-in goal set, in catalog order.</summary>
    public static ImmutableArray<GoalSet> All { get; } =
    [
        HeilongjiangGoals.PlanGoals,
        HeilongjiangGoals.ActionGoals,
        HeilongjiangGoals.BaseGoals,
        GuizhouGoals.Goals2025,
        SichuanGoals.Goals,
    ];

    /// <summary>The goal sets of <paramref name="province"/>, each with its goals and their citations (empty for Shanxi).</summary>
    public static ImmutableArray<GoalSet> For(Province province) => [.. All.Where(g => g.Province == province)];

    /// <summary>Reads a province from its English or Chinese name (<c>Sichuan</c>, <c>四川</c>, <c>四川省</c>; case-insensitive);
    /// Xiangyuan county (<c>Xiangyuan</c>, <c>襄垣县</c>) is read as Shanxi.</summary>
    public static bool TryParseProvince(string? text, out Province province)
    {
        string t = (text ?? string.Empty).Trim().TrimEnd('省', '县');
        (string En, string Zh, Province P)[] names =
        [
            ("heilongjiang", "黑龙江", Province.Heilongjiang),
            ("guizhou", "贵州", Province.Guizhou),
            ("sichuan", "四川", Province.Sichuan),
            ("shanxi", "山西", Province.Shanxi),
            ("xiangyuan", "襄垣", Province.Shanxi),
        ];
        foreach ((string en, string zh, Province p) in names)
        {
            if (string.Equals(t, en, StringComparison.OrdinalIgnoreCase) || t == zh)
            {
                province = p;
                return true;
            }
        }

        province = default;
        return false;
    }
}
