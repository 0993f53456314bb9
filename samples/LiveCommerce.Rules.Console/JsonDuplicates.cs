using System.Text.Json;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>Finds a property named twice in one JSON object, which JsonDocument accepts silently (one of the two wins).</summary>
internal static class JsonDuplicates
{
    /// <summary>The JSON path of the first repeated property, or <see langword="null"/> when there is none (or the JSON
    /// is malformed, which the record reader reports itself).</summary>
    public static string? Find(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        var names = new Stack<HashSet<string>?>();
        var path = new Stack<string>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        path.Push(pending ?? string.Empty);
                        pending = null;
                        break;
                    case JsonTokenType.StartArray:
                        names.Push(null);
                        path.Push(pending ?? string.Empty);
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        names.Pop();
                        path.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        string name = reader.GetString()!;
                        if (!names.Peek()!.Add(name))
                        {
                            return "$" + string.Concat(path.Reverse()) + "." + name;
                        }

                        pending = "." + name;
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
