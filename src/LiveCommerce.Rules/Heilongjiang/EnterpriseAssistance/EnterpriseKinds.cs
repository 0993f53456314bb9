using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>Names of <see cref="EnterpriseKind"/> and <see cref="ProviderKind"/> for reports.</summary>
internal static class EnterpriseKinds
{
    public static LocalizedText Name(EnterpriseKind kind) => kind switch
    {
        EnterpriseKind.AboveQuotaTrade => new("限上商贸流通企业", "above-quota trade and distribution enterprise"),
        EnterpriseKind.SpecialtyProducer => new("龙江特色产品生产加工企业", "Longjiang specialty product producer or processor"),
        EnterpriseKind.RuralCooperative => new("农村合作社", "rural cooperative"),
        EnterpriseKind.IndividualBusiness => new("个体工商户", "individual business"),
        _ => new("其他本地企业", "other local enterprise"),
    };

    public static bool IsDefined(EnterpriseKind kind) => kind is >= EnterpriseKind.AboveQuotaTrade and <= EnterpriseKind.Other;

    public static bool IsDefined(ProviderKind kind) => kind is ProviderKind.Platform or ProviderKind.CertifiedServiceProvider;
}
