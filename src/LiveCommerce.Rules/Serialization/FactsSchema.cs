using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>Exports the JSON Schema of a rule set's facts with <see cref="JsonSchemaExporter"/>.</summary>
internal static class FactsSchema
{
    public static JsonNode Export(JsonTypeInfo factsType, RuleSetInfo info)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };

        JsonNode schema = JsonSchemaExporter.GetJsonSchemaAsNode(factsType, options);
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = $"urn:livecommerce-rules:{info.Id}:{info.Version}:facts",
                ["title"] = $"{info.Title.En} — facts",
                ["description"] = $"{info.Title.ZhCn}. {info.Document.Title.ZhCn}",
            };

            foreach ((string key, JsonNode? value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }

            return ordered;
        }

        return schema;
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        JsonObject? replacement = Scalar(type);
        if (replacement is null)
        {
            if (schema is JsonObject obj && !obj.ContainsKey("$ref"))
            {
                // A nullable struct (ImmutableArray<T>?) is described by the struct's own contract, as the reader reads it.
                JsonTypeInfo info = type == context.TypeInfo.Type ? context.TypeInfo : context.TypeInfo.Options.GetTypeInfo(type);

                // As strict as the reader: no unknown property in any object, at most MaxArrayLength items in any array.
                // A node that refers to another ($ref) is constrained there.
                if (info.Kind == JsonTypeInfoKind.Object)
                {
                    obj["additionalProperties"] = false;
                }
                else if (info.Kind == JsonTypeInfoKind.Enumerable)
                {
                    // The exporter leaves out the items of a scalar read by a custom converter (a count, an amount).
                    if (!obj.ContainsKey("items") && info.ElementType is { } element && Scalar(element) is { } items)
                    {
                        obj["items"] = items;
                    }

                    obj["maxItems"] = FactsJsonReader.MaxArrayLength;
                }
            }

            return schema;
        }

        if ((context.PropertyInfo is { IsSetNullable: true } || Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null) && replacement["type"] is JsonValue t)
        {
            replacement["type"] = new JsonArray(t.GetValue<string>(), "null");
            if (replacement["enum"] is JsonArray names)
            {
                names.Add(null);
            }
        }

        return replacement;
    }

    /// <summary>The schema of a scalar from its contract, or <see langword="null"/> for an object or array.</summary>
    private static JsonObject? Scalar(Type type) => ScalarContracts.For(type)?.Schema();
}
