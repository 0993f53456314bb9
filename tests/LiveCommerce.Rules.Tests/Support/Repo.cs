namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Locates files of the repository (samples, docs) and of the shared folder beside it.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// The shared folder beside the checkout (../shared), which holds the seeds and the rule catalog. Developers and CI
    /// always have it; a test that needs it fails, rather than passes silently, when it is missing.
    /// </summary>
    public static string Shared
    {
        get
        {
            string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
            Assert.True(Directory.Exists(System.IO.Path.Combine(candidate, "seeds")), $"The shared folder with the seeds must be beside the checkout (expected ../shared from {Root}).");
            return candidate;
        }
    }

    /// <summary>The text of the seed whose file name starts with <paramref name="prefix"/> (such as "000").</summary>
    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(Shared, "seeds"), prefix + "_*.txt").Single());

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
