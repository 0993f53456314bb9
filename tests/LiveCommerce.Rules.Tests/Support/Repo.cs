namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Locates files of the repository (samples, docs) and the shared folder (seeds, external catalog).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// The name of the environment variable that names the shared folder (the seeds and the external rule catalog)
    /// when it is not at <c>../shared</c> beside the checkout.
    /// </summary>
    public const string SharedVariable = "LCR_SHARED_DIR";

    /// <summary>
    /// The shared folder with the seeds and the external rule catalog: the folder <see cref="SharedVariable"/> names,
    /// else <c>../shared</c> beside the checkout. A user's clone has neither, so a test that needs it calls this and is
    /// reported skipped with the reason (it must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>); CI has the
    /// folder and <c>.ci/run</c> fails when any test was skipped there. A variable naming a folder without seeds fails.
    /// </summary>
    public static string Shared
    {
        get
        {
            string? named = Environment.GetEnvironmentVariable(SharedVariable);
            if (!string.IsNullOrEmpty(named))
            {
                Assert.True(Directory.Exists(System.IO.Path.Combine(named, "seeds")), $"{SharedVariable} names '{named}', which has no seeds folder.");
                return System.IO.Path.GetFullPath(named);
            }

            string beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
            Skip.IfNot(
                Directory.Exists(System.IO.Path.Combine(beside, "seeds")),
                $"Needs the source documents and the external rule catalog (the shared folder): set {SharedVariable} to that folder or put it beside the checkout as ../shared.");
            return beside;
        }
    }

    /// <summary>The text of the seed whose file name starts with <paramref name="prefix"/> (such as "000"); skips the test without the shared folder.</summary>
    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(Shared, "seeds"), prefix + "_*.txt").Single());

    /// <summary>The library's C# sources (src/LiveCommerce.Rules, without obj/ and bin/), in ordinal order.</summary>
    public static IEnumerable<string> LibrarySources() =>
        Directory.GetFiles(Path("src", "LiveCommerce.Rules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(System.IO.Path.DirectorySeparatorChar + "obj" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(System.IO.Path.DirectorySeparatorChar + "bin" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static byte[] Sample(string ruleSetId, string file) => File.ReadAllBytes(Path("samples", "data", ruleSetId, file));

    /// <summary>Whether tests may rewrite generated files (docs, API snapshot) instead of failing on drift.</summary>
    public static bool UpdateApproved(string variable) => Environment.GetEnvironmentVariable(variable) == "1";

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LiveCommerce.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with LiveCommerce.Rules.sln) was not found above " + AppContext.BaseDirectory);
    }
}
