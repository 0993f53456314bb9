using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑧已获得省级电子商务示范基地政策扶持的不再重复支持.</summary>
internal sealed class NoDoubleSupportRule() : Rule<SharedBaseApplication>(SharedBaseClauses.NoDoubleSupport)
{
    public override Finding Evaluate(SharedBaseApplication facts, DateOnly asOf) =>
        facts.PreviouslySupportedAsProvincialBase
            ? Flag(false, new LocalizedText("已获得省级电子商务示范基地政策扶持,不再重复支持", "Already supported as a provincial e-commerce demonstration base: not supported again"))
            : Flag(true, new LocalizedText("未获得过省级电子商务示范基地政策扶持", "Not previously supported as a provincial e-commerce demonstration base"));

    public override bool Passes(SharedBaseApplication facts, DateOnly asOf) => !facts.PreviouslySupportedAsProvincialBase;
}
