using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Sichuan.ClusterAction;

namespace LiveCommerce.Rules.Tests.Sichuan.ClusterAction;

/// <summary>Builders for Sichuan facts that meet every requirement, to vary one fact at a time.</summary>
internal static class SichuanSamples
{
    public static readonly DateOnly AsOf = new(2023, 12, 31);

    public static SichuanClusterPilotApplication Pilot(params int[] supportYears) => new()
    {
        ProjectName = "测试集聚区",
        County = "测试县",
        Applicant = new SichuanApplicant { Name = "测试县人民政府", Kind = SichuanApplicantKind.CountyGovernment },
        SelectionYear = 2023,
        SupportYears = supportYears.Length == 0 ? [2023, 2024, 2025] : [.. supportYears],
        Selection = new SelectionProcedure { MaterialReview = Yes(), ExpertReview = Yes(), SiteInspection = Yes(), PublicNotice = Yes(), ProjectLibrary = Yes() },
        CountyDuties = new CountyDuties { ImplementationPlan = Yes(), SpecialSupportPolicy = Yes(), WorkingGroup = Yes(), DesignatedPerson = Yes() },
    };

    public static EvidenceItem Yes(string evidence = "证明材料") => new() { Satisfied = true, Evidence = evidence };

    public static SichuanBaseApplication Base(decimal area = 5000m) => new()
    {
        BaseName = "测试基地",
        County = "测试县",
        Applicant = new SichuanApplicant { Name = "测试县商务局", Kind = SichuanApplicantKind.CountyCommerceDepartment },
        PremisesArea = Area.FromSquareMetres(area),
        OperatingRightsClear = Yes(),
        Services = new BaseServices { Technology = Yes(), Information = Yes(), Capital = Yes(), SupplyChain = Yes(), MarketMatching = Yes() },
        TrackRecord = new BaseTrackRecord { TalentGathering = Yes(), ServiceEcosystem = Yes(), ApplicationScenarios = Yes() },
    };
}
