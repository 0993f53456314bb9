using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// ①活跃用户数超过2亿的大型电商平台企业; ②具备活跃用户数超过2亿的大型电商平台企业官方认证服务商资质的企业.
/// 超过 excludes the number: a platform with exactly 200,000,000 active users does not qualify.
/// </summary>
internal sealed class ProviderRule(Threshold minimumUsers) : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.Provider)
{
    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf)
    {
        Quantity users = Quantity.OfCount(facts.Provider.PlatformActiveUsers);
        return Uncertified(facts.Provider) ? new(Failed, users, minimumUsers) : Judge(users, minimumUsers);
    }

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision)
    {
        ServiceProvider p = facts.Provider;
        return Uncertified(p) ? Text.Of($"“{p.Name}”不具备“{p.PlatformName}”官方认证服务商资质", $"'{p.Name}' does not hold the official certified-service-provider qualification of '{p.PlatformName}'")
            : p.Kind == ProviderKind.Platform ? Text.Of($"服务主体“{p.Name}”为电商平台企业“{p.PlatformName}”", $"The provider '{p.Name}' is the platform '{p.PlatformName}'")
            : Text.Of($"服务主体“{p.Name}”为“{p.PlatformName}”官方认证服务商", $"The provider '{p.Name}' is an official certified service provider of '{p.PlatformName}'");
    }

    /// <summary>A certified service provider without the platform's official certification.</summary>
    private static bool Uncertified(ServiceProvider p) => p.Kind == ProviderKind.CertifiedServiceProvider && !p.HoldsOfficialCertification;
}
