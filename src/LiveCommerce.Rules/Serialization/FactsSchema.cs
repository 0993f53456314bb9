using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

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
        JsonObject? replacement = type switch
        {
            _ when type == typeof(Money) => new JsonObject
            {
                ["type"] = "number",
                ["minimum"] = 0,
                ["maximum"] = Money.MaxYuan,
                ["multipleOf"] = 0.01m,
                ["description"] = "Amount in yuan (CNY), to the fen.",
            },
            _ when type == typeof(Area) => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = Area.MaxSquareMetres, ["description"] = "Area in square metres." },
            _ when type == typeof(Hours) => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = Hours.MaxHours, ["description"] = "Duration in hours." },
            _ when type == typeof(Percentage) => new JsonObject { ["type"] = "number", ["description"] = "Percent: 30 means 30%." },
            _ when type == typeof(YearMonth) => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$", ["description"] = "Month, yyyy-MM." },
            _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "Date, yyyy-MM-dd." },
            _ when type == typeof(int) || type == typeof(long) => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            _ => null,
        };

        if (replacement is null)
        {
            if (schema is JsonObject obj && context.TypeInfo.Kind == JsonTypeInfoKind.Object && context.PropertyInfo is null)
            {
                obj["additionalProperties"] = false;
            }

            return schema;
        }

        if (context.PropertyInfo is { IsSetNullable: true } && replacement["type"] is JsonValue t)
        {
            replacement["type"] = new JsonArray(t.GetValue<string>(), "null");
        }

        return replacement;
    }
}
