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
        JsonObject? replacement = Scalar(type);
        if (replacement is null)
        {
            if (schema is JsonObject obj && !obj.ContainsKey("$ref"))
            {
                // As strict as the reader: no unknown property in any object, at most MaxArrayLength items in any array.
                // A node that refers to another ($ref) is constrained there.
                if (context.TypeInfo.Kind == JsonTypeInfoKind.Object)
                {
                    obj["additionalProperties"] = false;
                }
                else if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable)
                {
                    // The exporter leaves out the items of a scalar read by a custom converter (a count, an amount).
                    if (!obj.ContainsKey("items") && context.TypeInfo.ElementType is { } element && Scalar(element) is { } items)
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

    /// <summary>The schema of a scalar the reader checks itself, or <see langword="null"/> for an object or array.</summary>
    private static JsonObject? Scalar(Type type) => type switch
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
        _ when type == typeof(Percentage) => new JsonObject { ["type"] = "number", ["minimum"] = -Percentage.MaxPercent, ["maximum"] = Percentage.MaxPercent, ["description"] = "Percent: 30 means 30%." },
        _ when type == typeof(YearMonth) => new JsonObject { ["type"] = "string", ["pattern"] = "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])$", ["maxLength"] = 7, ["description"] = "Month, yyyy-MM." },
        _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "Date, yyyy-MM-dd." },
        _ when type == typeof(int) => Count(int.MaxValue),
        _ when type == typeof(long) => Count(long.MaxValue),
        _ when type == typeof(decimal) => new JsonObject { ["type"] = "number", ["minimum"] = decimal.MinValue, ["maximum"] = decimal.MaxValue },
        _ when type == typeof(string) => new JsonObject { ["type"] = "string", ["maxLength"] = FactsJsonReader.MaxStringLength },
        _ when type.IsEnum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. EnumSpelling.Accepted(type).Select(n => (JsonNode)n)]) },
        _ => null,
    };

    /// <summary>
    /// A count: a whole number from 0. <c>multipleOf: 1</c> says again what <c>integer</c> says, for validators that test
    /// wholeness in binary floating point (to which 999999999999999.99 is whole).
    /// </summary>
    private static JsonObject Count(long max) => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = max, ["multipleOf"] = 1 };
}
