using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>县(市、区)人民政府或商务主管部门为项目申报主体.</summary>
internal sealed class BaseApplicantRule() : Rule<SichuanBaseApplication>(SichuanClauses.BaseApplicant)
{
    public override Finding Evaluate(SichuanBaseApplication facts, DateOnly asOf) =>
        IsEligible(facts.Applicant.Kind)
            ? Flag(true, Text.Of(
                $"申报主体“{facts.Applicant.Name}”为{ApplicantKinds.ZhCn(facts.Applicant.Kind)}",
                $"The applicant '{facts.Applicant.Name}' is {ApplicantKinds.En(facts.Applicant.Kind)}"))
            : Flag(false, Text.Of(
                $"申报主体“{facts.Applicant.Name}”({ApplicantKinds.ZhCn(facts.Applicant.Kind)})不是县(市、区)人民政府或商务主管部门",
                $"The applicant '{facts.Applicant.Name}' ({ApplicantKinds.En(facts.Applicant.Kind)}) is neither a county-level people's government nor a county-level commerce department"));

    public override bool Passes(SichuanBaseApplication facts, DateOnly asOf) => IsEligible(facts.Applicant.Kind);

    private static bool IsEligible(SichuanApplicantKind kind) =>
        kind is SichuanApplicantKind.CountyGovernment or SichuanApplicantKind.CountyCommerceDepartment;
}
