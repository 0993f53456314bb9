using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>Facts built in C# that break the non-null contract are validation problems, not exceptions.</summary>
public class SharedBaseNullFactsTests
{
    [Fact]
    public void Validate_NullObjectsAndDefaultArrays_NullProblems()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with
        {
            BaseName = null!,
            Operator = null!,
            Monthly2022 = default,
            Investments = default,
            AuditReport = null!,
        };

        ValidationResult result = SharedBaseRuleSet.Default.Validate(facts);

        Assert.Equal(
            [("$.baseName", "blank"), ("$.operator", "null"), ("$.monthly2022", "null"), ("$.investments", "null"), ("$.auditReport", "null")],
            Json.PathsAndCodes(result));
        Assert.False(SharedBaseRuleSet.Default.TryEvaluate(facts, Samples.AsOf).IsValid);
    }

    [Fact]
    public void Validate_NullArrayItems_NullProblems()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with
        {
            Monthly2022 = Samples.Months(10, 10).SetItem(2, null!),
            Investments = [null!],
        };

        ValidationResult result = SharedBaseRuleSet.Default.Validate(facts);

        Assert.Equal([("$.monthly2022[2]", "null"), ("$.investments[0]", "null")], Json.PathsAndCodes(result));
    }

    [Fact]
    public void Validate_CitySelectionWithNulls_NullProblems()
    {
        SharedBaseCitySelection selection = new() { City = null!, Applicants = [CitySamples.Candidate("A", 1m), null!] };

        ValidationResult result = SharedBaseCityRuleSet.Default.Validate(selection);

        Assert.Equal([("$.city", "blank"), ("$.applicants[1]", "null")], Json.PathsAndCodes(result));
        Assert.Equal([("$.applicants", "null")], Json.PathsAndCodes(SharedBaseCityRuleSet.Default.Validate(selection with { City = "哈尔滨市", Applicants = default })));
    }
}
