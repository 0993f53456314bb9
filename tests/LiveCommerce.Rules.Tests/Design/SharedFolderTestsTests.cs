using System.Reflection;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Design;

/// <summary>
/// A test that reads the shared folder (<see cref="Repo.Shared"/>, <see cref="Repo.Seed"/>) must be able to report
/// itself skipped in a clone without it: a plain <c>[Fact]</c> would fail there instead. Found by the calls in each test
/// method's IL (a call from a lambda is caught by <c>.ci/run</c>'s fresh-clone run instead).
/// </summary>
public class SharedFolderTestsTests
{
    private static readonly int[] SharedTokens =
    [
        typeof(Repo).GetProperty(nameof(Repo.Shared))!.GetMethod!.MetadataToken,
        typeof(Repo).GetMethod(nameof(Repo.Seed))!.MetadataToken,
    ];

    [Fact]
    public void TestsReadingTheSharedFolder_AreSkippable()
    {
        MethodInfo[] tests =
        [
            .. typeof(Repo).Assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(m => m.GetCustomAttributes<FactAttribute>().Any()),
        ];
        string[] offenders =
        [
            .. tests.Where(m => CallsShared(m) && !m.GetCustomAttributes().Any(a => a is SkippableFactAttribute or SkippableTheoryAttribute))
                .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"),
        ];

        Assert.True(tests.Count(CallsShared) >= 7, "the scan finds no test that reads the shared folder: it no longer works");
        Assert.True(offenders.Length == 0, "Read the shared folder without [SkippableFact]/[SkippableTheory]: " + string.Join(", ", offenders));
    }

    // A call (0x28) or callvirt (0x6F) whose 4-byte operand is one of the tokens.
    private static bool CallsShared(MethodInfo method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return false;
        }

        for (int i = 0; i + 4 < il.Length; i++)
        {
            if ((il[i] == 0x28 || il[i] == 0x6F) && SharedTokens.Contains(BitConverter.ToInt32(il, i + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
