namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Locates files of the repository (samples, docs) and of the shared folder beside it.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The shared folder (../shared from the repository root), or null when it is not beside the checkout.</summary>
    public static string? Shared
    {
        get
        {
            string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

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
