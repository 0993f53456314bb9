using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// …为项目(试点)申报主体: the applicant is one of the kinds the clause names (县(市、区)人民政府 for a cluster pilot; it or
/// the county commerce department for a provincial base).
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
/// <param name="descriptor">The clause.</param>
/// <param name="applicant">The applicant in the facts.</param>
/// <param name="eligible">The kinds the clause names.</param>
/// <param name="refusal">What an ineligible applicant is told, after its name and kind ("不是…" / "is not …").</param>
internal sealed class ApplicantRule<TFacts>(RuleDescriptor descriptor, Func<TFacts, SichuanApplicant> applicant, SichuanApplicantKind[] eligible, LocalizedText refusal)
    : Rule<TFacts>(descriptor)
{
    /// <summary>SC-CLUSTER-APPLICANT: 县(市、区)人民政府为项目试点申报主体.</summary>
    public static ApplicantRule<SichuanClusterPilotApplication> Cluster() => new(
        SichuanClauses.ClusterApplicant,
        static f => f.Applicant,
        [SichuanApplicantKind.CountyGovernment],
        new("不是县(市、区)人民政府,集聚区试点须由县(市、区)人民政府申报", "is not a county-level people's government, which alone may apply for a cluster pilot"));

    /// <summary>SC-BASE-APPLICANT: 县(市、区)人民政府或商务主管部门为项目申报主体.</summary>
    public static ApplicantRule<SichuanBaseApplication> Base() => new(
        SichuanClauses.BaseApplicant,
        static f => f.Applicant,
        [SichuanApplicantKind.CountyGovernment, SichuanApplicantKind.CountyCommerceDepartment],
        new("不是县(市、区)人民政府或商务主管部门", "is neither a county-level people's government nor a county-level commerce department"));

    public override Decision Decide(TFacts facts, DateOnly asOf) => Flag(eligible.Contains(applicant(facts).Kind));

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision)
    {
        SichuanApplicant a = applicant(facts);
        return decision.Outcome == Outcome.Met
            ? Text.Of($"申报主体“{a.Name}”为{ApplicantKinds.ZhCn(a.Kind)}", $"The applicant '{a.Name}' is {ApplicantKinds.En(a.Kind)}")
            : Text.Of($"申报主体“{a.Name}”({ApplicantKinds.ZhCn(a.Kind)}){refusal.ZhCn}", $"The applicant '{a.Name}' ({ApplicantKinds.En(a.Kind)}) {refusal.En}");
    }
}

/// <summary>Names of applicant kinds for messages.</summary>
internal static class ApplicantKinds
{
    public static string ZhCn(SichuanApplicantKind kind) => kind switch
    {
        SichuanApplicantKind.CountyGovernment => "县(市、区)人民政府",
        SichuanApplicantKind.CountyCommerceDepartment => "县(市、区)商务主管部门",
        SichuanApplicantKind.PrefectureAuthority => "市(州)级机关",
        SichuanApplicantKind.Enterprise => "企业或其他市场主体",
        _ => "其他主体",
    };

    public static string En(SichuanApplicantKind kind) => kind switch
    {
        SichuanApplicantKind.CountyGovernment => "a county-level people's government",
        SichuanApplicantKind.CountyCommerceDepartment => "a county-level commerce department",
        SichuanApplicantKind.PrefectureAuthority => "a prefecture-level authority",
        SichuanApplicantKind.Enterprise => "an enterprise or other market body",
        _ => "another body",
    };
}
