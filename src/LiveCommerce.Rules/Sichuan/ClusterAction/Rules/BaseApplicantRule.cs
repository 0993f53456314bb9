using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>县(市、区)人民政府或商务主管部门为项目申报主体.</summary>
internal sealed class BaseApplicantRule() : LegacyRule<SichuanBaseApplication>(SichuanClauses.BaseApplicant)
{
    public override Finding Evaluate(SichuanBaseApplication facts, DateOnly asOf)
    {
        string name = facts.Applicant.Name;
        SichuanApplicantKind kind = facts.Applicant.Kind;
        return IsEligible(kind)
            ? Flag(true, () => Text.Of(
                $"申报主体“{name}”为{ApplicantKinds.ZhCn(kind)}",
                $"The applicant '{name}' is {ApplicantKinds.En(kind)}"))
            : Flag(false, () => Text.Of(
                $"申报主体“{name}”({ApplicantKinds.ZhCn(kind)})不是县(市、区)人民政府或商务主管部门",
                $"The applicant '{name}' ({ApplicantKinds.En(kind)}) is neither a county-level people's government nor a county-level commerce department"));
    }

    public override bool Passes(SichuanBaseApplication facts, DateOnly asOf) => IsEligible(facts.Applicant.Kind);

    private static bool IsEligible(SichuanApplicantKind kind) =>
        kind is SichuanApplicantKind.CountyGovernment or SichuanApplicantKind.CountyCommerceDepartment;
}
