using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Design;

/// <summary>
/// The recipe of docs/architecture.md ("Adding a programme"), tested two ways: a small programme written here step by
/// step exactly as the recipe says (steps 1–3), and every built-in programme checked for each step's artefact (steps
/// 1–6), so the recipe cannot drift from what the code needs.
/// </summary>
public class AddingAProgrammeTests
{
    private static readonly DateOnly AsOf = new(2024, 1, 1);

    // Step 1: the facts, immutable, camelCase in JSON.
    internal sealed record ExampleShop(string Name, Area FloorArea);

    // Step 2: the clause, declared once: id, citation, default bound with its wording, label.
    internal static class ExampleClauses
    {
        private static readonly SourceDocument Doc = new(
            "example", new LocalizedText("示例文件", "An example document"), new LocalizedText("示例县", "Example county"), new DateOnly(2023, 1, 1), null);

        public static readonly RuleDescriptor FloorArea = new RuleDescriptor(
                "EX-SHOP-AREA",
                new LocalizedText("营业面积", "Floor area"),
                new Citation(Doc, "一、", "营业面积不少于100平方米", "Floor area at least 100 m²."),
                Severity.Mandatory,
                null,
                [])
            .DeclaringThreshold(new LocalizedText("最小营业面积", "Minimum floor area"), Threshold.AtLeast(100, Unit.SquareMetres, "不少于"));
    }

    // Step 3: one rule per clause, reading like the clause; the number comes from the parameters, typed by the clause.
    internal sealed class FloorAreaRule(Threshold minimum) : ThresholdRule<ExampleShop>(ExampleClauses.FloorArea, minimum)
    {
        protected override Quantity Measure(ExampleShop facts, DateOnly asOf) => Quantity.Of(facts.FloorArea);
    }

    // Step 4: the rule set, declared once (description from the document's scope, parameters derived from its clauses),
    // its rules and its semantic validation; the shared base makes Default, Create and WithParameters.
    internal sealed class ExampleRuleSet : RuleSet<ExampleRuleSet, ExampleShop>, IRuleSetDeclaration<ExampleRuleSet>
    {
        public ExampleRuleSet(ParameterSet overrides)
            : base(overrides)
        {
        }

        public static RuleSetInfo Description { get; } =
            new DocumentScope(ExampleClauses.FloorArea.Citation.Document, new LocalizedText("示例县", "Example county")).Describe("ex-shop", "1.0.0", new LocalizedText("示例", "Example"));

        public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(ExampleClauses.FloorArea);

        static ExampleRuleSet IRuleSetDeclaration<ExampleRuleSet>.New(ParameterSet overrides) => new(overrides);

        // The facts' contract (the built-in facts' are in Serialization/Registration/JsonContext.cs).
        private protected override JsonTypeInfo<ExampleShop> FactsTypeInfo => ExampleJson.Default.ExampleShop;

        private protected override ImmutableArray<Rule<ExampleShop>> BuildRules() => [new FloorAreaRule(Parameters.ThresholdOf(ExampleClauses.FloorArea))];

        private protected override void ValidateFacts(ExampleShop facts, ValidationCollector problems) => FactsChecks.NotBlank(facts.Name, "$.name", problems);
    }

    [Fact]
    public void Recipe_TheParameterIsDerivedFromTheClauseDeclaration()
    {
        ParameterDefinition parameter = Assert.Single(new ExampleRuleSet(ParameterSet.Empty).Parameters.Definitions);

        Assert.Equal("EX-SHOP-AREA", parameter.Key);
        Assert.Equal("EX-SHOP-AREA", parameter.RuleId);
        Assert.Equal(100m, parameter.DefaultValue);
        Assert.Equal(Comparison.AtLeast, parameter.Comparison);
        Assert.Equal(Comparison.AtLeast, ExampleClauses.FloorArea.Comparison);
        Assert.Equal(["EX-SHOP-AREA"], ExampleClauses.FloorArea.ParameterKeys.ToArray());
    }

    [Theory]
    [InlineData("99.99", Outcome.NotMet)]
    [InlineData("100", Outcome.Met)]
    [InlineData("100.01", Outcome.Met)]
    public void Recipe_TheRuleHoldsTheBoundary_FromJson(string area, Outcome expected)
    {
        EvaluationResult result = new ExampleRuleSet(ParameterSet.Empty).EvaluateJson(Encoding.UTF8.GetBytes($$"""{"name":"示例店","floorArea":{{area}}}"""), AsOf);

        Assert.True(result.IsValid);
        Finding finding = Assert.Single(result.Report!.Findings);
        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.Met, new ExampleRuleSet(ParameterSet.Empty).IsMet(new ExampleShop("示例店", Area.FromSquareMetres(decimal.Parse(area, System.Globalization.CultureInfo.InvariantCulture))), AsOf));
    }

    [Fact]
    public void Recipe_ATighterLocalStandardApplies_ALooserOneIsRefused()
    {
        var shop = new ExampleShop("示例店", Area.FromSquareMetres(120m));

        Assert.Equal(Outcome.NotMet, new ExampleRuleSet(ParameterSet.Empty.With("EX-SHOP-AREA", 150m)).Evaluate(shop, AsOf).Findings[0].Outcome);
        Assert.Throws<RuleConfigurationException>(() => new ExampleRuleSet(ParameterSet.Empty.With("EX-SHOP-AREA", 99m)));
    }

    [Fact]
    public void Recipe_BadInputIsEveryProblemWithItsPath()
    {
        EvaluationResult result = new ExampleRuleSet(ParameterSet.Empty).EvaluateJson("""{"name":" ","floorArea":-1}"""u8, AsOf);

        Assert.False(result.IsValid);
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.floorArea");
    }

    // The steps for every built-in programme: what the recipe asks for exists.
    public static TheoryData<string> BuiltInRuleSets() => [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(BuiltInRuleSets))]
    public void EveryProgramme_ParametersAreExactlyWhatItsClausesDeclare(string ruleSetId)
    {
        RuleSet ruleSet = RuleCatalog.Default[ruleSetId];
        if (RuleCatalog.Default.RegistrationOf(ruleSetId).Goals is not null)
        {
            return; // a goal set's targets are declared once per goal (GoalDefinition), several to a row: not per clause
        }

        // Step 2/4: the rule set declares no parameter beside its clauses' declarations, and reads none undeclared.
        string[] declared = [.. ruleSet.Rules.SelectMany(r => r.Parameters).Select(p => p.Key).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(declared, ruleSet.Parameters.Definitions.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(ruleSet.Rules.SelectMany(r => r.ParameterKeys), key => Assert.Contains(key, declared));

        // The comparison a clause with one threshold states is its threshold's: written once, in the declaration.
        Assert.All(
            ruleSet.Rules.Where(r => r.Comparison is not null && r.Parameters.Count(p => p.IsThreshold) == 1),
            r => Assert.Equal(r.Parameters.Single(p => p.IsThreshold).Comparison, r.Comparison));
    }

    [Theory]
    [MemberData(nameof(BuiltInRuleSets))]
    public void EveryProgramme_HasItsCatalogRegistrationSamplesSchemaAndDocs(string ruleSetId)
    {
        // Step 5: registered once in the catalog (Catalog/BuiltInProgrammes.cs).
        Assert.Equal(ruleSetId, RuleCatalog.Default.RegistrationOf(ruleSetId).RuleSetId);

        // Step 6: shipped samples, the exported schema and the generated rule list.
        Assert.NotEmpty(Directory.EnumerateFiles(Repo.Path("samples", "data", ruleSetId), "*.json"));
        Assert.True(File.Exists(Repo.Path("docs", "schemas", ruleSetId + ".facts.schema.json")), $"docs/schemas/{ruleSetId}.facts.schema.json");
        string rules = File.ReadAllText(Repo.Path("docs", "rules.md"));
        Assert.All(RuleCatalog.Default[ruleSetId].Rules, r => Assert.Contains(r.Id, rules, StringComparison.Ordinal));
    }
}

/// <summary>Step 1 continued: the facts type's source-generated JSON metadata (the built-in ones are in Serialization/).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(LiveCommerce.Rules.Serialization.AreaJsonConverter)])]
[JsonSerializable(typeof(AddingAProgrammeTests.ExampleShop))]
internal sealed partial class ExampleJson : JsonSerializerContext;
