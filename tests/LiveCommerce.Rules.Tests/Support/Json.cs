using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>JSON helpers: facts as text and nodes, problems as (path, code) pairs, property shuffling.</summary>
internal static class Json
{
    public static byte[] Bytes(SharedBaseApplication facts) => JsonSerializer.SerializeToUtf8Bytes(facts, JsonContext.Default.SharedBaseApplication);

    public static byte[] Bytes(SharedBaseCitySelection facts) => JsonSerializer.SerializeToUtf8Bytes(facts, JsonContext.Default.SharedBaseCitySelection);

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The shipped sample that meets every criterion, as a mutable node.</summary>
    public static JsonObject MeetingSample() => JsonNode.Parse(Repo.Sample("hlj-shared-base", "application-meets.json"))!.AsObject();

    /// <summary>The problems as (path, code) pairs, in order.</summary>
    public static (string Path, string Code)[] PathsAndCodes(ValidationResult result) =>
        [.. result.Problems.Select(p => (p.Path, p.Code))];

    /// <summary>A deep copy of <paramref name="node"/> with every object's properties in a random order.</summary>
    public static JsonNode? Shuffle(JsonNode? node, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                var properties = obj.Select(p => (p.Key, Value: Shuffle(p.Value, random))).ToArray();
                random.Shuffle(properties);
                var shuffled = new JsonObject();
                foreach ((string key, JsonNode? value) in properties)
                {
                    shuffled[key] = value;
                }

                return shuffled;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Shuffle(item, random))]);
            default:
                return node?.DeepClone();
        }
    }
}
