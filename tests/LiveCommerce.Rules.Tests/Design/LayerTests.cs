using LiveCommerce.Rules.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LiveCommerce.Rules.Tests.Design;

/// <summary>
/// Layers without loops (issue 15): primitives ← engine and the generic serialization machinery ← programmes ←
/// registration (the source-generated <c>JsonContext</c> and <c>LiveCommerceJson</c>, which list every programme's types).
/// The library's sources are compiled with Roslyn and every name in a type of a lower layer is bound to its symbol: no
/// type of <c>LiveCommerce.Rules.Engine</c>, of the generic machinery in <c>LiveCommerce.Rules.Serialization</c> (the
/// facts reader, scalar contracts, converters, schema export, canonical writer, fingerprint) or of
/// <c>LiveCommerce.Rules.Primitives</c> may use a type of a programme namespace, nor the registration types (through
/// which it would depend on them all). Documentation comments are not uses.
/// </summary>
public sealed class LayerTests
{
    private static readonly string[] Programmes =
    [
        "LiveCommerce.Rules.Heilongjiang",
        "LiveCommerce.Rules.Guizhou",
        "LiveCommerce.Rules.Sichuan",
        "LiveCommerce.Rules.Xiangyuan",
        "LiveCommerce.Rules.Goals",
    ];

    /// <summary>The registration: the only types of Serialization that know the programmes.</summary>
    private static readonly string[] Registration =
    [
        "LiveCommerce.Rules.Serialization.JsonContext",
        "LiveCommerce.Rules.Serialization.LiveCommerceJson",
    ];

    private static readonly Lazy<CSharpCompilation> Library = new(CompileLibrary);

    [Fact]
    public void Engine_UsesNoProgrammeNorRegistrationType()
    {
        Assert.Empty(Violations(
            declaredIn: ns => ns == "LiveCommerce.Rules.Engine",
            forbidden: type => IsProgramme(type) || IsRegistration(type)));
    }

    [Fact]
    public void Engine_UsesNoCatalogType()
    {
        // The catalog lists the programmes, which stand on the engine: the engine may not reach up to it.
        Assert.Empty(Violations(
            declaredIn: ns => ns == "LiveCommerce.Rules.Engine",
            forbidden: type => Namespace(type) == "LiveCommerce.Rules.Catalog"));
    }

    [Fact]
    public void GenericSerialization_UsesNoProgrammeNorRegistrationType()
    {
        Assert.Empty(Violations(
            declaredIn: ns => ns == "LiveCommerce.Rules.Serialization",
            forbidden: type => IsProgramme(type) || IsRegistration(type),
            except: Registration));
    }

    [Fact]
    public void Primitives_UseNothingOfTheLibraryAbove()
    {
        Assert.Empty(Violations(
            declaredIn: ns => ns == "LiveCommerce.Rules.Primitives",
            forbidden: type => Namespace(type) is { } ns && ns.StartsWith("LiveCommerce.Rules", StringComparison.Ordinal) && ns != "LiveCommerce.Rules.Primitives"));
    }

    [Fact]
    public void Violations_FindAUseOfAProgrammeType()
    {
        // Guards the test: the registration does use programme types, and the checks must see it.
        Assert.NotEmpty(Violations(declaredIn: ns => ns == "LiveCommerce.Rules.Serialization", forbidden: IsProgramme));
        Assert.NotEmpty(Violations(declaredIn: ns => ns.StartsWith("LiveCommerce.Rules.Heilongjiang", StringComparison.Ordinal), forbidden: type => Namespace(type) == "LiveCommerce.Rules.Engine"));
    }

    /// <summary>Every use, in a type declared in a namespace <paramref name="declaredIn"/> accepts, of a type <paramref name="forbidden"/> names.</summary>
    private static List<string> Violations(Func<string, bool> declaredIn, Func<ITypeSymbol, bool> forbidden, string[]? except = null)
    {
        CSharpCompilation compilation = Library.Value;
        var violations = new List<string>();
        int checkedTypes = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (BaseTypeDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(d => d.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax))
            {
                INamedTypeSymbol? declared = model.GetDeclaredSymbol(declaration);
                if (declared is null || !declaredIn(declared.ContainingNamespace.ToDisplayString())
                    || (except?.Contains(declared.ToDisplayString(), StringComparer.Ordinal) ?? false))
                {
                    continue;
                }

                checkedTypes++;
                foreach (SimpleNameSyntax name in declaration.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    SymbolInfo info = model.GetSymbolInfo(name);
                    ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                    ITypeSymbol? used = symbol as ITypeSymbol ?? symbol?.ContainingType;
                    if (used is not null && forbidden(OriginalOf(used)))
                    {
                        FileLinePositionSpan at = name.GetLocation().GetLineSpan();
                        violations.Add($"{declared.ToDisplayString()} uses {used.ToDisplayString()} ({Path.GetRelativePath(Repo.Root, at.Path)}:{at.StartLinePosition.Line + 1})");
                    }
                }
            }
        }

        Assert.True(checkedTypes > 0, "no type checked");
        return violations;
    }

    private static ITypeSymbol OriginalOf(ITypeSymbol type) => type is IArrayTypeSymbol array ? OriginalOf(array.ElementType) : type.OriginalDefinition;

    private static string? Namespace(ITypeSymbol type) => type.ContainingNamespace?.ToDisplayString();

    private static bool IsProgramme(ITypeSymbol type) =>
        Namespace(type) is { } ns && Programmes.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal));

    private static bool IsRegistration(ITypeSymbol type) => Registration.Contains(type.ToDisplayString(), StringComparer.Ordinal);

    /// <summary>The library's sources (without the source generator: names still bind to their declarations).</summary>
    private static CSharpCompilation CompileLibrary()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            .. Repo.LibrarySources().Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)),

            // The project's implicit usings.
            CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;", options),
        ];
        MetadataReference[] references =
        [
            // The framework and packages, not the library's own build (its sources are compiled here instead).
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => !Path.GetFileName(p).StartsWith("LiveCommerce.", StringComparison.Ordinal))
                .Select(p => MetadataReference.CreateFromFile(p)),
        ];
        return CSharpCompilation.Create(
            "LiveCommerce.Rules.Layers",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }
}
