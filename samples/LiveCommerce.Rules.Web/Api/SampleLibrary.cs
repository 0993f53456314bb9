using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>
/// The shipped samples (<c>samples/data/&lt;rule-set-id&gt;/*.json</c>), read once into memory and served read-only: a
/// request names a sample by folder and file, and only names found when loading are served (no path is ever built
/// from request input).
/// </summary>
internal sealed partial class SampleLibrary
{
    private readonly FrozenDictionary<string, byte[]> contents;

    private SampleLibrary(ImmutableArray<SampleInfo> samples, FrozenDictionary<string, byte[]> contents)
    {
        Samples = samples;
        this.contents = contents;
    }

    /// <summary>Every sample, by folder then file.</summary>
    public ImmutableArray<SampleInfo> Samples { get; }

    /// <summary>
    /// Loads every <c>*.json</c> file one folder below <paramref name="root"/>. A sample is offered for the programme
    /// named by its folder when that programme accepts it, else for the first programme that does (a city-level sample
    /// may sit beside the applicant samples), else for the folder's programme (a sample of invalid input), if any.
    /// </summary>
    public static SampleLibrary Load(string root, RuleCatalog catalog, long maxBytes)
    {
        var samples = ImmutableArray.CreateBuilder<SampleInfo>();
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (string folderPath in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                string folder = Path.GetFileName(folderPath);
                if (!SafeName().IsMatch(folder))
                {
                    continue;
                }

                foreach (string filePath in Directory.EnumerateFiles(folderPath, "*.json").Order(StringComparer.Ordinal))
                {
                    string file = Path.GetFileName(filePath);
                    if (!SafeName().IsMatch(file) || new FileInfo(filePath).Length > maxBytes)
                    {
                        continue;
                    }

                    byte[] bytes = File.ReadAllBytes(filePath);
                    contents[Key(folder, file)] = bytes;
                    samples.Add(new SampleInfo(folder, file, ProgramFor(folder, bytes, catalog), $"/samples/{folder}/{file}"));
                }
            }
        }

        return new SampleLibrary(samples.ToImmutable(), contents.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The content of a listed sample.</summary>
    public bool TryGet(string folder, string file, out byte[] content) =>
        contents.TryGetValue(Key(folder, file), out content!);

    private static string? ProgramFor(string folder, byte[] json, RuleCatalog catalog)
    {
        if (catalog.TryGet(folder, out RuleSet? named) && named.ValidateJson(json).IsValid)
        {
            return folder;
        }

        // An invalid sample (one that shows validation problems) stays with the programme its folder names.
        return catalog.RuleSets.FirstOrDefault(r => r.Id != folder && r.ValidateJson(json).IsValid)?.Id ?? named?.Id;
    }

    private static string Key(string folder, string file) => folder + "/" + file;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
