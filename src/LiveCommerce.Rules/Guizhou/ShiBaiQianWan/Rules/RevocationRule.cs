using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 示范项目实行动态管理,对运营不达标取消示范项目资格: a recognised project's latest annual data (submitted by the as-of
/// date) is held to the configured criteria of its category; a project that no longer meets them is reported as to be
/// revoked (<see cref="Outcome.NotMet"/>). Without the configuration the rule reports <see cref="Outcome.NotEvaluated"/>.
/// </summary>
internal sealed class RevocationRule(DemonstrationRuleSet owner) : LegacyRule<DemonstrationProject>(ShiBaiQianWanClauses.Revocation)
{
    private static readonly LocalizedText NotRecognised = new("尚未认定为示范项目", "Not a recognised demonstration project");

    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        if (facts.Recognition is null)
        {
            return With(Outcome.NotApplicable, NotRecognised);
        }

        AnnualDataReport? latest = Latest(facts, asOf);
        if (latest is null)
        {
            return Lazy(Outcome.NotApplicable, () => Text.Of(
                $"截至 {asOf:yyyy-MM-dd} 尚无年度数据(报送情况见 GZ-DEMO-REPORTING)",
                $"No annual data reported by {asOf:yyyy-MM-dd} (see GZ-DEMO-REPORTING)"));
        }

        DemonstrationCriteria? criteria = owner.Criteria;
        if (criteria?.For(facts.Category) is not { } category)
        {
            return CriteriaCheck.Missing(Descriptor, criteria, facts.Category);
        }

        bool met = CriteriaCheck.AllMet(category, latest.Indicators);
        string title = DemonstrationCategories.Title(facts.Category).ZhCn;
        string titleEn = DemonstrationCategories.Title(facts.Category).En;
        return Flag(
            met,
            met
                ? () => Text.Of($"{latest.Year} 年度数据仍符合认定标准,保留“{title}”称号", $"The {latest.Year} data still meets the criteria: the title \"{titleEn}\" is kept")
                : () => Text.Of($"{latest.Year} 年度数据运营不达标:应取消“{title}”示范项目资格", $"The {latest.Year} data no longer meets the criteria: the project is to be revoked (title \"{titleEn}\")"),
            () => CriteriaCheck.Notes(criteria, category, latest.Indicators));
    }

    /// <summary>The report of the latest year submitted by the as-of date (the first given, for a year given twice).</summary>
    private static AnnualDataReport? Latest(DemonstrationProject facts, DateOnly asOf)
    {
        AnnualDataReport? latest = null;
        foreach (AnnualDataReport r in facts.AnnualReports)
        {
            if (r.SubmittedOn <= asOf && (latest is null || r.Year > latest.Year))
            {
                latest = r;
            }
        }

        return latest;
    }
}
