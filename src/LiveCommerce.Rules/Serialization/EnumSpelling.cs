using System.Collections.Concurrent;
using System.Text.Json;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// How an enum of the facts is spelled in JSON: the member name in camelCase (<c>"specialtyProducer"</c>, as the samples
/// and docs write it), and also exactly as the library writes it, in PascalCase (<c>"SpecialtyProducer"</c>: the facts
/// of every decision record and fingerprint are serialized that way, and a stored record must still read). No other
/// casing is accepted: the reader, the schema and the messages all take their list from here.
/// </summary>
internal static class EnumSpelling
{
    private static readonly ConcurrentDictionary<Type, string[]> Cache = new();

    /// <summary>The accepted spellings of <paramref name="enumType"/>: every camelCase name, then every PascalCase name.</summary>
    public static string[] Accepted(Type enumType) => Cache.GetOrAdd(enumType, static t =>
    {
        string[] names = Enum.GetNames(t);
        return [.. names.Select(JsonNamingPolicy.CamelCase.ConvertName), .. names.Where(n => JsonNamingPolicy.CamelCase.ConvertName(n) != n)];
    });

    /// <summary>The documented (camelCase) spellings, for messages.</summary>
    public static IEnumerable<string> Documented(Type enumType) =>
        Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName);

    /// <summary>Whether <paramref name="text"/> is one of the accepted spellings (ordinal).</summary>
    public static bool IsAccepted(ReadOnlySpan<char> text, string[] accepted)
    {
        foreach (string name in accepted)
        {
            if (text.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
