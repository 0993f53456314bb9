using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

public class RoundTripTests
{
    /// <summary>Record equality with the arrays (compared by reference) taken out; they are compared element-wise.</summary>
    private static bool SameFacts(SharedBaseApplication a, SharedBaseApplication b) =>
        a with { Monthly2022 = default, Investments = default } == b with { Monthly2022 = default, Investments = default }
        && a.Monthly2022.SequenceEqual(b.Monthly2022)
        && a.Investments.SequenceEqual(b.Investments);

    [Property]
    public Property ReadFacts_SerializedApplication_IsIdentity()
    {
        return Prop.ForAll(Generators.ApplicationArb(), app =>
        {
            byte[] json = Json.Bytes(app);
            bool valid = SharedBaseRuleSet.Default.ReadFacts(json, out SharedBaseApplication? back).IsValid;
            return valid && SameFacts(app, back!) && Json.Bytes(back!).AsSpan().SequenceEqual(json);
        });
    }

    [Fact]
    public void SameFacts_DifferentElement_NotSame()
    {
        // Guards the comparison used above: it must see a one-element difference.
        SharedBaseApplication a = Samples.SharedBaseMeeting();
        SharedBaseApplication b = a with { Monthly2022 = a.Monthly2022.SetItem(11, a.Monthly2022[11] with { Tenants = 11 }) };

        Assert.True(SameFacts(a, a with { Monthly2022 = [.. a.Monthly2022] }));
        Assert.False(SameFacts(a, b));
    }
}
