using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>
/// The documented maximums (docs/reliability.md) hold for every list of every programme: months in a series, members of
/// a cohort, deliverables, investments… An array one item past <see cref="FactsJsonReader.MaxArrayLength"/> is a
/// <c>too-many-items</c> problem at its JSON path, never an exception or a report.
/// </summary>
public sealed class SizeLimitTests
{
    public static TheoryData<string, string> EverySample() => DecisionRecordTests.EverySample();

    [Theory]
    [MemberData(nameof(EverySample))]
    public void EvaluateJson_EveryArrayOneItemPastTheMaximum_TooManyItemsAtItsPath(string ruleSetId, string file)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        JsonNode sample = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Support.Repo.Path("samples", "data", ruleSetId), file)))!;

        foreach (string path in ArrayPaths(sample, "$"))
        {
            JsonNode copy = sample.DeepClone();
            JsonArray array = Find(copy, path).AsArray();
            JsonNode? item = array.Count > 0 ? array[0] : null;
            while (array.Count <= FactsJsonReader.MaxArrayLength)
            {
                array.Add(item?.DeepClone());
            }

            EvaluationResult result = rules.EvaluateJson(Encoding.UTF8.GetBytes(copy.ToJsonString()), new DateOnly(2023, 3, 1));

            Assert.Null(result.Report);
            Assert.Contains(result.Validation.Problems, p => p.Path == path && p.Code == "too-many-items");
        }
    }

    private static IEnumerable<string> ArrayPaths(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonArray array:
                yield return path;
                break;
            case JsonObject obj:
                foreach ((string key, JsonNode? value) in obj)
                {
                    foreach (string inner in ArrayPaths(value, path + "." + key))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (string key in path.Split('.').Skip(1))
        {
            node = node[key]!;
        }

        return node;
    }
}
