using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>县(市、区)人民政府为项目试点申报主体.</summary>
internal sealed class ClusterApplicantRule() : LegacyRule<SichuanClusterPilotApplication>(SichuanClauses.ClusterApplicant)
{
    public override Finding Evaluate(SichuanClusterPilotApplication facts, DateOnly asOf)
    {
        string name = facts.Applicant.Name;
        SichuanApplicantKind kind = facts.Applicant.Kind;
        return kind == SichuanApplicantKind.CountyGovernment
            ? Flag(true, () => Text.Of($"申报主体“{name}”为县(市、区)人民政府", $"The applicant '{name}' is a county-level people's government"))
            : Flag(false, () => Text.Of(
                $"申报主体“{name}”({ApplicantKinds.ZhCn(kind)})不是县(市、区)人民政府,集聚区试点须由县(市、区)人民政府申报",
                $"The applicant '{name}' ({ApplicantKinds.En(kind)}) is not a county-level people's government, which alone may apply for a cluster pilot"));
    }

    public override bool Passes(SichuanClusterPilotApplication facts, DateOnly asOf) => facts.Applicant.Kind == SichuanApplicantKind.CountyGovernment;
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
