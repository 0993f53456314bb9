using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LiveCommerce.Rules.Tests.Design;

/// <summary>
/// Each clause is declared once (issue 15): a rule id leads to its declaration in one step. The library's sources are
/// parsed with Roslyn and their string literals read (documentation comments are trivia, not code): every rule id and
/// parameter key of the catalog is written once, in its declaration, and a parameter is never looked up by a key
/// typed elsewhere; a number a threshold is built from is written only in a declaration file.
/// </summary>
public sealed class ClauseDeclarationTests
{
    private static readonly Lazy<Source> Library = new(Read);

    /// <summary>Every rule id and parameter key of every programme, with the rule set that declares it.</summary>
    private static IEnumerable<(string Id, string RuleSet)> CatalogIds() =>
        RuleCatalog.Default.RuleSets.SelectMany(set =>
            set.Rules.Select(r => (r.Id, set.Id)).Concat(set.Parameters.Definitions.Select(p => (p.Key, set.Id))))
        .Distinct();

    [Fact]
    public void CatalogIds_CoverEveryProgramme()
    {
        // The test of the test: the ids it reads are the whole catalog, so the assertions below have something to hold.
        string[] ids = [.. CatalogIds().Select(i => i.Id).Distinct()];
        Assert.True(ids.Length > 150, $"only {ids.Length} ids read from the catalog");
        Assert.Contains("HLJ-BASE-AREA", ids);
        Assert.Contains("XY-5-2-TRAINING-CADRES", ids);
        Assert.Contains("GZ-REWARD-SALES-TIER-HIGH", ids);
        Assert.Contains("SC-GOALS-2025-RETAIL", ids);
    }

    [Fact]
    public void EveryRuleIdAndParameterKey_IsWrittenAtMostOnce()
    {
        string[] repeated =
        [
            .. CatalogIds().Select(i => i.Id).Distinct()
                .Select(id => (id, places: Library.Value.Literals.Where(l => l.Value == id).ToArray()))
                .Where(x => x.places.Length > 1)
                .Select(x => $"{x.id}: {string.Join(", ", x.places.Select(p => p.Where))}"),
        ];
        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryRuleIdAndParameterKey_IsDeclaredWhereItsClauseIs()
    {
        // A key not written whole is its rule's id and a suffix (Xiangyuan's "-AREA"), written in the file that writes
        // the id; every id is written somewhere.
        string[] undeclared =
        [
            .. CatalogIds().Select(i => i.Id).Distinct()
                .Where(id => !Library.Value.Literals.Any(l => l.Value == id) && !IsSuffixOfADeclaredId(id))
                .Order(StringComparer.Ordinal),
        ];
        Assert.Empty(undeclared);
    }

    [Fact]
    public void NoParameter_IsLookedUpByAKeyTypedAtTheCall()
    {
        // Parameter("…") and ThresholdOf("…") with a literal would be a second place of the key.
        string[] lookups =
        [
            .. Library.Value.Invocations
                .Where(i => i.Name is "Parameter" or "ThresholdOf" or "ValueOf" && i.FirstArgumentIsLiteral)
                .Select(i => i.Where),
        ];
        Assert.Empty(lookups);
    }

    [Fact]
    public void ThresholdNumbers_AreWrittenOnlyInDeclarations()
    {
        // Threshold.AtLeast(2000m, …) and its siblings with a number written in: only a clause or goal declaration.
        string[] outside =
        [
            .. Library.Value.Invocations
                .Where(i => i.Receiver == "Threshold" && i.FirstArgumentIsNumber && !IsDeclarationFile(i.File))
                .Select(i => i.Where),
        ];
        Assert.Empty(outside);
        Assert.Contains(Library.Value.Invocations, i => i.Receiver == "Threshold" && i.FirstArgumentIsNumber); // the test reads them
    }

    private static bool IsDeclarationFile(string file) =>
        file.EndsWith("Clauses.cs", StringComparison.Ordinal) || file.Contains("ProvinceGoals", StringComparison.Ordinal);

    private static bool IsSuffixOfADeclaredId(string key) =>
        Library.Value.Literals.Any(id => key.StartsWith(id.Value + "-", StringComparison.Ordinal)
            && Library.Value.Literals.Any(s => s.File == id.File && s.Value == key[id.Value.Length..]));

    private static Source Read()
    {
        string root = Repo.Path("src", "LiveCommerce.Rules");
        var literals = new List<Literal>();
        var invocations = new List<Call>();
        foreach (string file in Repo.LibrarySources())
        {
            string relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            SyntaxNode tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
            foreach (LiteralExpressionSyntax literal in tree.DescendantNodes().OfType<LiteralExpressionSyntax>()
                         .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            {
                literals.Add(new Literal(literal.Token.ValueText, relative, Where(relative, literal)));
            }

            foreach (InvocationExpressionSyntax call in tree.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is not MemberAccessExpressionSyntax member)
                {
                    continue;
                }

                ExpressionSyntax? first = call.ArgumentList.Arguments.FirstOrDefault()?.Expression;
                invocations.Add(new Call(
                    member.Name.Identifier.ValueText,
                    member.Expression is IdentifierNameSyntax receiver ? receiver.Identifier.ValueText : "",
                    first is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.StringLiteralExpression),
                    first is LiteralExpressionSyntax n && n.IsKind(SyntaxKind.NumericLiteralExpression),
                    relative,
                    Where(relative, call)));
            }
        }

        return new Source(literals, invocations);
    }

    private static string Where(string file, SyntaxNode node) => $"{file}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";

    private sealed record Literal(string Value, string File, string Where);

    private sealed record Call(string Name, string Receiver, bool FirstArgumentIsLiteral, bool FirstArgumentIsNumber, string File, string Where);

    private sealed record Source(List<Literal> Literals, List<Call> Invocations);
}
