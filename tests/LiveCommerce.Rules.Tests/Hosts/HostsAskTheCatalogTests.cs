using System.Reflection;
using LiveCommerce.Rules.Catalog;
using RuleSet = LiveCommerce.Rules.Engine.RuleSet;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>
/// Issue 15, layers without loops: the hosts (the <c>lcr</c> console and the web host) ask the catalog what a programme
/// offers (<see cref="ProgrammeRegistration"/>: goal progress, an acceptance sheet, host configuration) instead of
/// switching on its type. A host source file that names a programme's type — a concrete rule set such as
/// <c>SharedBaseRuleSet</c> or <c>GoalSet</c>, any type of a province's namespace such as <c>AcceptanceSheet</c>, the
/// goal catalog — or that chooses behaviour by a hard-coded rule-set id or id convention fails this test.
/// </summary>
public class HostsAskTheCatalogTests
{
    /// <summary>The namespaces that hold one province's or county's programme (the goal sets' rows included).</summary>
    private static readonly string[] ProgrammeNamespaces =
    [
        "LiveCommerce.Rules.Heilongjiang",
        "LiveCommerce.Rules.Guizhou",
        "LiveCommerce.Rules.Sichuan",
        "LiveCommerce.Rules.Xiangyuan",
        "LiveCommerce.Rules.Goals.ProvinceGoals",
    ];

    [Theory]
    [InlineData("LiveCommerce.Rules.Console")]
    [InlineData("LiveCommerce.Rules.Web")]
    public void HostSources_NameNoProgrammeTypeAndNoRuleSetId(string project)
    {
        string folder = Repo.Path("samples", project);
        string[] files = [.. SourceFiles(folder)];
        Assert.True(files.Length > 5, $"the sources of {project} were not found");

        // Compiled with the build's global usings, so that a name binds as the compiler binds it: a property called
        // AcceptanceSheet is not the type AcceptanceSheet.
        SyntaxTree[] sources = [.. files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f))];
        SyntaxTree[] globalUsings =
        [
            .. Directory.Exists(Path.Combine(folder, "obj"))
                ? Directory.EnumerateFiles(Path.Combine(folder, "obj"), "*.GlobalUsings.g.cs", SearchOption.AllDirectories).Take(1).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)))
                : [],
        ];
        SyntaxTree[] linked = project == "LiveCommerce.Rules.Web"
            ? [.. SourceFiles(Repo.Path("samples", "LiveCommerce.Rules.Console")).Where(f => f.EndsWith("ProgrammeWindow.cs", StringComparison.Ordinal)).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)))]
            : [];
        CSharpCompilation compilation = Compile(project, [.. sources, .. globalUsings, .. linked]);

        string[] violations = [.. sources.SelectMany(t => Violations(t, compilation.GetSemanticModel(t)).Select(v => $"{Path.GetRelativePath(Repo.Root, t.FilePath)}:{v}"))];

        Assert.True(violations.Length == 0, "Hosts must ask RuleCatalog.RegistrationOf(id) what a programme offers, not name its types or ids:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("class C { bool M(RuleSet r) => r is SharedBaseRuleSet; }", "SharedBaseRuleSet")]
    [InlineData("class C { object? M(RuleSet r) => r as LiveCommerce.Rules.Xiangyuan.RuralETown.RuralETownRuleSet; }", "RuralETownRuleSet")]
    [InlineData("class C { System.Type M() => typeof(GoalSet); }", "GoalSet")]
    [InlineData("class C { string M(Report r) => AcceptanceSheet.From(r).Format(default); }", "AcceptanceSheet")]
    [InlineData("class C { object M() => GoalCatalog.All; }", "GoalCatalog")]
    [InlineData("class C { object M() => RuleCatalog.Default.RuleSets.OfType<DemonstrationRuleSet>(); }", "DemonstrationRuleSet")]
    [InlineData("class C { object M() => NoSuchThing.AcceptanceSheet; }", "AcceptanceSheet")]
    [InlineData("class C { bool M(string id) => id == \"xy-rural-e-town\"; }", "\"xy-rural-e-town\"")]
    [InlineData("class C { bool M(string id) => id.EndsWith(\"-goals\"); }", "\"-goals\"")]
    public void Violations_OfAHostThatSwitchesOnAProgramme_AreFound(string source, string named)
    {
        Assert.Contains(SnippetViolations(source), v => v.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Violations_OfAHostThatAsksTheCatalog_AreNone()
    {
        const string source = """
            class C
            {
                string? M(RuleCatalog catalog, RuleSet ruleSet, Report report) =>
                    catalog.RegistrationOf(ruleSet.Id).AcceptanceSheet?.Format(report, ReportLanguage.English)
                    ?? (catalog.RegistrationOf(ruleSet.Id).Goals is { } goals ? goals.Province.ToString() : null)
                    ?? $"no sheet for {ruleSet.Id}; see samples/data/gz-demonstration/";
            }
            """;

        Assert.Empty(SnippetViolations(source));
    }

    private static IEnumerable<string> SnippetViolations(string source)
    {
        const string usings = """
            global using System; global using System.Linq; global using LiveCommerce.Rules.Catalog; global using LiveCommerce.Rules.Engine;
            global using LiveCommerce.Rules.Goals; global using LiveCommerce.Rules.Heilongjiang.SharedBase;
            global using LiveCommerce.Rules.Guizhou.ShiBaiQianWan; global using LiveCommerce.Rules.Xiangyuan.RuralETown;
            """;
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source);
        CSharpCompilation compilation = Compile("Snippet", [tree, CSharpSyntaxTree.ParseText(usings)]);
        return [.. Violations(tree, compilation.GetSemanticModel(tree))];
    }

    /// <summary>Every use of a programme type, and every rule-set id or id convention, in <paramref name="tree"/>.</summary>
    private static IEnumerable<string> Violations(SyntaxTree tree, SemanticModel model)
    {
        SyntaxNode root = tree.GetRoot();
        foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>().Where(n => ProgrammeTypeNames.Contains(n.Identifier.ValueText)))
        {
            // A name that does not bind counts too: the test never passes for want of a reference.
            SymbolInfo info = model.GetSymbolInfo(name);
            ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (symbol is null or INamedTypeSymbol { ContainingAssembly.Name: "LiveCommerce.Rules" })
            {
                yield return $"{Line(name.GetLocation())}: names the programme type {name.Identifier.ValueText}";
            }
        }

        foreach (SyntaxToken literal in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken)))
        {
            string text = literal.ValueText;
            if (RuleSetIds.Any(id => text == id || (text.Length > 2 && text[0] == '-' && id.EndsWith(text, StringComparison.Ordinal))))
            {
                yield return $"{Line(literal.GetLocation())}: chooses by the rule-set id or id suffix {literal.Text}";
            }
        }
    }

    private static readonly Type[] GenericBases = [typeof(LiveCommerce.Rules.Engine.RuleSet<>), typeof(LiveCommerce.Rules.Engine.RuleSet<,>), typeof(LiveCommerce.Rules.Engine.RuleSet<,,>)];

    /// <summary>The concrete rule sets (every subclass of <c>RuleSet</c> but the engine's generic bases), every type of a
    /// programme namespace, and the goal catalog.</summary>
    private static readonly HashSet<string> ProgrammeTypeNames =
    [
        .. typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => (t.IsSubclassOf(typeof(RuleSet)) && !GenericBases.Contains(t))
                || ProgrammeNamespaces.Any(n => t.Namespace is { } ns && (ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)))
                || t == typeof(LiveCommerce.Rules.Goals.GoalCatalog))
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name.Split('`')[0]),
    ];

    private static readonly string[] RuleSetIds = [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    /// <summary>The runtime's assemblies, ASP.NET Core's beside them, and this test's (the library, Spectre.Console,
    /// System.CommandLine, NRules).</summary>
    private static readonly MetadataReference[] References = [.. ReferencePaths().DistinctBy(Path.GetFileName).Select(p => MetadataReference.CreateFromFile(p))];

    private static IEnumerable<string> ReferencePaths()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string aspNet = Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App");
        string? aspNetVersion = Directory.Exists(aspNet)
            ? Directory.EnumerateDirectories(aspNet).Where(d => Path.GetFileName(d).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return
        [
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator),
            .. aspNetVersion is null ? [] : Directory.EnumerateFiles(aspNetVersion, "*.dll"),
            .. Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"),
        ];
    }

    private static CSharpCompilation Compile(string name, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(name, trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static int Line(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;
}
