using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Tests.Support;
using PublicApiGenerator;

namespace LiveCommerce.Rules.Tests.PublicApi;

/// <summary>
/// The public surface is deliberate: this test fails when it changes. Record the change in CHANGELOG.md, then accept it
/// with <c>LCR_UPDATE_APPROVED=1 dotnet test</c>, which rewrites the approved file.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("LiveCommerce.Rules")]
    [InlineData("LiveCommerce.Rules.NRules")]
    public void PublicApi_MatchesApprovedSnapshot(string package)
    {
        System.Reflection.Assembly assembly = package == "LiveCommerce.Rules" ? typeof(RuleCatalog).Assembly : typeof(LiveCommerce.Rules.NRules.LiveCommerceRuleRepository).Assembly;
        string approvedPath = Repo.Path("tests", "LiveCommerce.Rules.Tests", "PublicApi", package + ".approved.txt");
        string actual = assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n") + "\n";

        if (Repo.UpdateApproved("LCR_UPDATE_APPROVED"))
        {
            File.WriteAllText(approvedPath, actual);
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, ".received.txt"), actual);
        }

        Assert.True(
            approved == actual,
            $"The public API of {package} changed. Compare PublicApi/{package}.received.txt with the approved file, record the change in CHANGELOG.md, then run LCR_UPDATE_APPROVED=1 dotnet test.\n"
            + Diff(approved, actual));
    }

    // The target framework and build metadata are not part of the surface a consumer compiles against. The DI
    // registrations (AddLiveCommerceRules, AddNRules) live in Microsoft.Extensions.DependencyInjection, which the
    // generator leaves out by default: they are part of it.
    private static readonly ApiGeneratorOptions Options = new()
    {
        DenyNamespacePrefixes = [],
        ExcludeAttributes =
        [
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
        ],
    };

    private static string Diff(string approved, string actual)
    {
        var before = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> removed = before.Except(after).Select(l => "- " + l);
        IEnumerable<string> added = after.Except(before).Select(l => "+ " + l);
        return string.Join("\n", removed.Concat(added).Take(60));
    }
}
