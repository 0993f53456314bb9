using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using Xunit.Abstractions;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>
/// Money near <see cref="decimal"/>'s limits, counts near <see cref="int"/>'s and zero denominators, in every number of
/// every shipped sample of every programme, one at a time and all at once: a report or validation problems, never
/// <see cref="OverflowException"/> or <see cref="DivideByZeroException"/>.
/// </summary>
public sealed class ArithmeticLimitTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    private static readonly string[] Extremes =
    [
        "79228162514264337593543950335", // decimal.MaxValue
        "39614081257132168796771975168", // decimal.MaxValue / 2, rounded up: two of them overflow a sum
        "7922816251426433759354395033.5", // a tenth: ten of them overflow
        "792281625142643375935439503.35", // money to the fen, a hundredth
        "999999999999999.99", // Money.MaxYuan: one fen more is out of range
        "500000000000000.00", // half of it, rounded up: two of them overflow a sum of money
        "2147483647", // int.MaxValue
        "2147483646",
        "1073741824", // int.MaxValue / 2 + 1: two of them overflow an int sum
        "0", // zero denominators
        "0.01",
    ];

    public static TheoryData<string, string> EverySample() => DecisionRecordTests.EverySample();

    [Theory]
    [MemberData(nameof(EverySample))]
    public void EvaluateJson_ExtremeNumbersInEveryNumericFact_ReportOrProblemsNeverArithmeticException(string ruleSetId, string file)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        JsonNode sample = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Support.Repo.Path("samples", "data", ruleSetId), file)))!;
        int numbers = Numbers(sample).Count;
        int reports = 0, invalid = 0;

        foreach (string extreme in Extremes)
        {
            // All at once: sums over many items.
            Check(rules, SetNumbers(sample, extreme, only: -1), ref reports, ref invalid, $"every number = {extreme}");
            for (int i = 0; i < numbers; i++)
            {
                Check(rules, SetNumbers(sample, extreme, only: i), ref reports, ref invalid, string.Create(CultureInfo.InvariantCulture, $"number #{i} = {extreme}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ruleSetId}/{file}: {numbers} numbers x {Extremes.Length} extremes: {reports} reports, {invalid} validation results"));
        Assert.True(reports > 0, "some extreme documents must reach evaluation");
    }

    [Fact]
    public void MoneySum_PastDecimalMaxValue_ThrowsOverflowNotWrongAnswer()
    {
        // The guard the rule sets rely on: Money.Sum is checked, so validation must bound magnitudes first.
        Assert.Throws<OverflowException>(() => Money.Sum([Money.FromYuan(Money.MaxYuan), Money.FromYuan(0.01m)]));
        Assert.Equal(Money.FromYuan(Money.MaxYuan), Money.Sum([Money.FromYuan(Money.MaxYuan - 0.01m), Money.FromYuan(0.01m)]));
    }

    private static void Check(RuleSet rules, byte[] json, ref int reports, ref int invalid, string what)
    {
        EvaluationResult result;
        try
        {
            result = rules.EvaluateJson(json, AsOf);
            if (result.Report is { } report)
            {
                _ = LiveCommerceJsonText(report);
            }
        }
#pragma warning disable CA1031 // any exception is the failure
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Assert.Fail($"{rules.Id}: {what}: {ex}\n{Encoding.UTF8.GetString(json)}");
            return;
        }

        if (result.IsValid)
        {
            reports++;
        }
        else
        {
            invalid++;
            Assert.NotEmpty(result.Validation.Problems);
        }
    }

    private static string LiveCommerceJsonText(Report report)
    {
        foreach (Finding f in report.Findings)
        {
            _ = f.Message;
        }

        return LiveCommerce.Rules.Serialization.LiveCommerceJson.Serialize(report);
    }

    private static byte[] SetNumbers(JsonNode sample, string value, int only)
    {
        JsonNode copy = sample.DeepClone();
        List<(JsonNode Parent, string? Key, int Index)> numbers = Numbers(copy);
        for (int i = 0; i < numbers.Count; i++)
        {
            if (only >= 0 && i != only)
            {
                continue;
            }

            (JsonNode parent, string? key, int index) = numbers[i];
            JsonNode replacement = JsonNode.Parse(value)!;
            if (key is not null)
            {
                parent[key] = replacement;
            }
            else
            {
                parent.AsArray()[index] = replacement;
            }
        }

        return Encoding.UTF8.GetBytes(copy.ToJsonString());
    }

    private static List<(JsonNode Parent, string? Key, int Index)> Numbers(JsonNode root)
    {
        var found = new List<(JsonNode, string?, int)>();
        Walk(root);
        return found;

        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach ((string key, JsonNode? value) in obj.ToList())
                    {
                        if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                        {
                            found.Add((obj, key, -1));
                        }
                        else if (value is not null)
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                        {
                            found.Add((array, null, i));
                        }
                        else if (array[i] is { } child)
                        {
                            Walk(child);
                        }
                    }

                    break;
            }
        }
    }
}
