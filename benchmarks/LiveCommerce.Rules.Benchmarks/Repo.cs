namespace LiveCommerce.Rules.Benchmarks;

/// <summary>Finds the repository root (BenchmarkDotNet runs the benchmarks from a generated folder under bin/).</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LiveCommerce.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LiveCommerce.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
