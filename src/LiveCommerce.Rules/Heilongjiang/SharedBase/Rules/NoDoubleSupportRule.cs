using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑧已获得省级电子商务示范基地政策扶持的不再重复支持.</summary>
internal sealed class NoDoubleSupportRule() : Rule<SharedBaseApplication>(SharedBaseClauses.NoDoubleSupport)
{
    private static readonly LocalizedText Supported = new("已获得省级电子商务示范基地政策扶持,不再重复支持", "Already supported as a provincial e-commerce demonstration base: not supported again");
    private static readonly LocalizedText NotSupported = new("未获得过省级电子商务示范基地政策扶持", "Not previously supported as a provincial e-commerce demonstration base");

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf) => Flag(!facts.PreviouslySupportedAsProvincialBase);

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        facts.PreviouslySupportedAsProvincialBase ? Supported : NotSupported;
}
