using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>
/// The library's contract as the source generator writes it, without the library's fast finding writer: the reference
/// the report JSON is compared with byte for byte.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    Converters =
    [
        typeof(MoneyJsonConverter),
        typeof(AreaJsonConverter),
        typeof(HoursJsonConverter),
        typeof(PercentageJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(StrictDateJsonConverter),
    ])]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(GoalProgressReport))]
internal sealed partial class ReferenceReportJsonContext : JsonSerializerContext
{
}

/// <summary>
/// Report JSON written with <see cref="FindingJsonConverter"/> (pre-encoded citations, names and enum values) and the
/// faster <see cref="FindingMessages"/> against the plain source-generated metadata and the original message code.
/// </summary>
public class FastReportJsonTests
{
    private static readonly DateOnly[] AsOfDates = [new(2023, 3, 1), new(2022, 1, 1), new(2026, 12, 31)];

    private static readonly JavaScriptEncoder Readable = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly ReferenceReportJsonContext ReferenceCompact = new(new JsonSerializerOptions(ReferenceReportJsonContext.Default.Options) { Encoder = Readable });

    private static readonly ReferenceReportJsonContext ReferenceIndented = new(new JsonSerializerOptions(ReferenceReportJsonContext.Default.Options) { Encoder = Readable, WriteIndented = true });

    /// <summary>Every report of every shipped sample under its own rule set (and the configured demonstration rule set), at several dates.</summary>
    private static IEnumerable<(string Name, Report Report)> SampleReports()
    {
        List<RuleSet> ruleSets = [.. RuleCatalog.Default.RuleSets];
        Assert.True(DemonstrationCriteria.Read(File.ReadAllBytes(Repo.Path("samples", "data", "gz-demonstration", "config", "criteria.EXAMPLE.json")), out DemonstrationCriteria? criteria).IsValid);
        ruleSets.Add(DemonstrationRuleSet.Create(criteria));
        foreach (RuleSet ruleSet in ruleSets)
        {
            foreach (string file in Directory.GetFiles(Repo.Path("samples", "data", ruleSet.Id), "*.json*").Order(StringComparer.Ordinal))
            {
                string[] documents = file.EndsWith(".jsonl", StringComparison.Ordinal) ? File.ReadAllLines(file) : [File.ReadAllText(file)];
                foreach (string document in documents.Where(d => d.Length > 0))
                {
                    foreach (DateOnly asOf in AsOfDates)
                    {
                        if (ruleSet.EvaluateJson(Encoding.UTF8.GetBytes(document), asOf).Report is { } report)
                        {
                            yield return ($"{file} as of {asOf:yyyy-MM-dd}", report);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Serialize_EverySampleReport_SameBytesAsGeneratedMetadata()
    {
        int reports = 0, findings = 0;
        foreach ((string name, Report report) in SampleReports())
        {
            AssertSameJson(report, name);
            reports++;
            findings += report.Findings.Length;
        }

        Assert.True(reports >= 60, $"only {reports} reports");
        Assert.True(findings >= 500, $"only {findings} findings");
    }

    [Property]
    public Property Serialize_GeneratedApplications_SameBytesAsGeneratedMetadata()
    {
        return Prop.ForAll(Arb.From(Generators.Application().Zip(Generators.AsOf())), c =>
        {
            AssertSameJson(SharedBaseRuleSet.Default.Evaluate(c.Item1, c.Item2), "generated");
            return true;
        });
    }

    [Property]
    public Property Serialize_GeneratedCitySelections_SameBytesAsGeneratedMetadata()
    {
        return Prop.ForAll(Arb.From(Generators.CitySelection()), selection =>
        {
            AssertSameJson(SharedBaseCityRuleSet.Default.Evaluate(selection, new DateOnly(2023, 3, 1)), "generated city");
            return true;
        });
    }

    [Fact]
    public void Serialize_UnusualFindings_SameBytesAsGeneratedMetadata()
    {
        Report sample = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), new DateOnly(2023, 3, 1));
        RuleDescriptor rule = sample.Findings[0].Rule;
        var citation = new Citation(
            new SourceDocument("doc", new LocalizedText("标题 \"<&>'\\ 😀 \u2028", "Title \u0001 \ud800"), new LocalizedText("", " "), new DateOnly(1, 1, 1), "文号〔2020〕1号"),
            "一、(二)\n",
            "条款 \t \ufeff",
            "Summary");
        RuleDescriptor odd = rule with { Citation = citation, Subject = new LocalizedText("主题 \"", "Subject <") };
        List<Finding> findings =
        [
            new(odd, Outcome.NotMet, new Quantity(-1.005m, Unit.SquareMetres), Threshold.AtMost(0m, Unit.Yuan, "不超过"), new LocalizedText("说明", "explanation"), [new LocalizedText("注 \"", "note &")], new ComputedAmount(AmountKind.Cap, new LocalizedText("上限", "Cap"), Money.FromYuan(12.5m), "¥25.00 ÷ 2 = ¥12.50")),
            new(odd, (Outcome)42, null, new Threshold((Comparison)9, new Quantity(0.0000000000000000000000000001m, (Unit)99), "以上")),
            new(rule with { Severity = (Severity)7 }, Outcome.Warning, new Quantity(79228162514264337593543950335m, (Unit)99), Threshold.AtLeast(1m, Unit.Percent, "以上"), notes: [new LocalizedText("", "")]),
            new(rule, Outcome.EvidenceIncomplete, new Quantity(0m, Unit.Count), Threshold.MoreThan(1.10m, Unit.Count, "超过"), amount: new ComputedAmount((AmountKind)5, new LocalizedText("金额", "Amount"), Money.Zero, string.Empty)),
            new(rule, Outcome.Met, new Quantity(1.005m, Unit.Yuan), null),
        ];
        foreach (Outcome outcome in Enum.GetValues<Outcome>())
        {
            foreach (Severity severity in Enum.GetValues<Severity>())
            {
                foreach (Unit unit in Enum.GetValues<Unit>())
                {
                    foreach (Comparison comparison in Enum.GetValues<Comparison>())
                    {
                        findings.Add(new Finding(rule with { Severity = severity }, outcome, new Quantity(1.5m, unit), new Threshold(comparison, new Quantity(2m, unit), "不少于")));
                    }
                }
            }
        }

        // The same report with these findings: serialize findings one by one through the report options.
        foreach (bool indented in new[] { false, true })
        {
            JsonSerializerOptions fast = LiveCommerceJson.OptionsFor(indented);
            JsonSerializerOptions reference = (indented ? ReferenceIndented : ReferenceCompact).Options;
            foreach (Finding finding in findings)
            {
                string expected = JsonSerializer.Serialize(ImmutableArray.Create(finding, finding), (JsonTypeInfo<ImmutableArray<Finding>>)reference.GetTypeInfo(typeof(ImmutableArray<Finding>)));
                string actual = JsonSerializer.Serialize(ImmutableArray.Create(finding, finding), (JsonTypeInfo<ImmutableArray<Finding>>)fast.GetTypeInfo(typeof(ImmutableArray<Finding>)));
                Assert.Equal(expected, actual);
            }
        }

        AssertSameJson(sample, "sample");
    }

    [Fact]
    public void Serialize_CustomWriterSettings_SameBytesAsGeneratedMetadata()
    {
        // A caller's own writer (other encoder, indentation, depth) through the report options: the cache is per writer setting.
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), new DateOnly(2023, 3, 1));
        JsonWriterOptions[] settings =
        [
            new() { Indented = true, IndentCharacter = '\t', IndentSize = 1, NewLine = "\n" },
            new() { Indented = true, IndentSize = 7, Encoder = JavaScriptEncoder.Default },
            new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
            default,
        ];
        foreach (JsonWriterOptions options in settings)
        {
            foreach (int depth in new[] { 0, 2 })
            {
                Assert.Equal(
                    WriteNested(options, depth, w => JsonSerializer.Serialize(w, report, ReferenceCompact.Report)),
                    WriteNested(options, depth, w => JsonSerializer.Serialize(w, report, (JsonTypeInfo<Report>)LiveCommerceJson.OptionsFor(false).GetTypeInfo(typeof(Report)))));
            }
        }
    }

    [Fact]
    public void FindingJsonConverter_PropertyNames_AreTheGeneratedContractsProperties()
    {
        // A public property added to Finding (or to a type the converter writes itself) changes the generated
        // metadata: the converter would not write it, so this fails until the converter is updated.
        JsonSerializerOptions options = ReferenceReportJsonContext.Default.Options;
        Assert.Equal(FindingJsonConverter.PropertyNames, Names(typeof(Finding), options));
        Assert.Equal(["value", "unit"], Names(typeof(Quantity), options));
        Assert.Equal(["comparison", "bound", "wording"], Names(typeof(Threshold), options));
        Assert.Equal(["zhCn", "en"], Names(typeof(LocalizedText), options));
    }

    [Fact]
    public void LiveCommerceJson_ReportOptions_UseTheFastFindingWriter()
    {
        // Guards the tests above: they compare the fast writer, not the generated metadata with itself.
        Assert.IsType<FindingJsonConverter>(LiveCommerceJson.OptionsFor(false).GetTypeInfo(typeof(Finding)).Converter);
        Assert.IsType<FindingJsonConverter>(LiveCommerceJson.OptionsFor(true).GetTypeInfo(typeof(Finding)).Converter);
        Assert.IsNotType<FindingJsonConverter>(ReferenceCompact.Options.GetTypeInfo(typeof(Finding)).Converter);
    }

    [Fact]
    public void Compose_EveryFindingOfEverySample_SameTextAsOriginalCode()
    {
        int composed = 0;
        foreach ((_, Report report) in SampleReports())
        {
            foreach (Finding f in report.Findings)
            {
                Assert.Equal(OriginalCompose(f), f.Message);
                composed++;
            }
        }

        Assert.True(composed >= 500);
    }

    [Fact]
    public void Compose_RandomFindings_SameTextAsOriginalCode()
    {
        RuleDescriptor rule = SharedBaseRuleSet.Default.Rules[1];
        var random = new Random(8);
        Outcome[] outcomes = Enum.GetValues<Outcome>();
        Unit[] units = Enum.GetValues<Unit>();
        Comparison[] comparisons = Enum.GetValues<Comparison>();
        string[] wordings = ["不少于", "以上", "超过", "以下", "不超过", "以内", "达"];
        for (int i = 0; i < 20000; i++)
        {
            Unit unit = units[random.Next(units.Length)];
            var measured = new Quantity(RandomDecimal(random), random.Next(5) == 0 ? units[random.Next(units.Length)] : unit);
            var required = new Threshold(comparisons[random.Next(comparisons.Length)], new Quantity(RandomDecimal(random), unit), wordings[random.Next(wordings.Length)]);
            LocalizedText? explanation = random.Next(3) == 0 ? new LocalizedText("说明" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "why") : null;
            var finding = new Finding(rule, outcomes[random.Next(outcomes.Length)], random.Next(8) == 0 ? null : measured, random.Next(8) == 0 ? null : required, explanation);
            Assert.Equal(TextOrError(() => OriginalCompose(finding)), TextOrError(() => finding.Message));
        }
    }

    [Fact]
    public void Format_RandomQuantities_SameTextAsQuantityFormat()
    {
        var random = new Random(9);
        for (int i = 0; i < 100000; i++)
        {
            var quantity = new Quantity(RandomDecimal(random), (Unit)random.Next(0, 10));
            foreach (ReportLanguage language in new[] { ReportLanguage.ChineseSimplified, ReportLanguage.English })
            {
                string expected;
                try
                {
                    expected = quantity.Format(language);
                }
                catch (ArgumentException)
                {
                    Assert.ThrowsAny<ArgumentException>(() => FindingMessages.Format(quantity, language == ReportLanguage.ChineseSimplified));
                    continue;
                }

                Assert.Equal(expected, FindingMessages.Format(quantity, language == ReportLanguage.ChineseSimplified));
            }
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.005")]
    [InlineData("0.015")]
    [InlineData("0.025")]
    [InlineData("1.005")]
    [InlineData("2.675")]
    [InlineData("999.995")]
    [InlineData("999999.999")]
    [InlineData("0.5")]
    [InlineData("1.5")]
    [InlineData("2.5")]
    [InlineData("1234567.125")]
    [InlineData("9999999999999.99")]
    [InlineData("9999999999999.995")]
    [InlineData("10000000000000")]
    [InlineData("-0.001")]
    [InlineData("-1.5")]
    [InlineData("-0")]
    [InlineData("0.0000")]
    [InlineData("1000")]
    [InlineData("100")]
    [InlineData("1000000")]
    public void Format_RoundingAndGroupingEdges_SameTextAsQuantityFormat(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (Unit unit in Enum.GetValues<Unit>())
        {
            var quantity = new Quantity(value, unit);
            Assert.Equal(quantity.Format(ReportLanguage.ChineseSimplified), FindingMessages.Format(quantity, zh: true));
            Assert.Equal(quantity.Format(ReportLanguage.English), FindingMessages.Format(quantity, zh: false));
        }
    }

    /// <summary>The text, or the type of what was thrown (money beyond the range of Money throws in both versions).</summary>
    private static string TextOrError(Func<LocalizedText> compose)
    {
        try
        {
            LocalizedText text = compose();
            return text.ZhCn + "\n" + text.En;
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }

    private static decimal RandomDecimal(Random random)
    {
        decimal magnitude = random.Next(6) switch
        {
            0 => random.Next(0, 100),
            1 => random.Next(0, 100_000) / 100m,
            2 => random.Next(0, 1_000_000) / 1000m,
            3 => random.NextInt64(0, 100_000_000_000_000_000) / (decimal)Math.Pow(10, random.Next(0, 6)),
            4 => new decimal(random.Next(), random.Next(), random.Next(0, 5), false, (byte)random.Next(0, 29)),
            _ => (random.Next(0, 2000) * 5 + random.Next(2)) / 1000m,
        };
        return random.Next(10) == 0 ? -magnitude : magnitude;
    }

    private static string WriteNested(JsonWriterOptions options, int depth, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            for (int i = 0; i < depth; i++)
            {
                writer.WriteStartArray();
            }

            write(writer);
            for (int i = 0; i < depth; i++)
            {
                writer.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The properties the metadata writes ([JsonIgnore] ones are listed without a getter).</summary>
    private static string[] Names(Type type, JsonSerializerOptions options) => [.. options.GetTypeInfo(type).Properties.Where(p => p.Get is not null).Select(p => p.Name)];

    private static void AssertSameJson(Report report, string name)
    {
        Assert.True(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(report, ReferenceCompact.Report)).AsSpan().SequenceEqual(LiveCommerceJson.SerializeToUtf8Bytes(report)), name + " (SerializeToUtf8Bytes)");
        Assert.Equal(JsonSerializer.Serialize(report, ReferenceCompact.Report), LiveCommerceJson.Serialize(report));
        Assert.Equal(JsonSerializer.Serialize(report, ReferenceIndented.Report), LiveCommerceJson.Serialize(report, indented: true));
        Assert.Equal(JsonSerializer.Serialize(report, ReferenceReportJsonContext.Default.Report), JsonSerializer.Serialize(report, JsonContext.Default.Report));
    }

    /// <summary>The message code before it was made faster (interpolated strings and <see cref="Quantity.Format"/>).</summary>
    private static LocalizedText OriginalCompose(Finding f)
    {
        if (f.Measured is not { } measured || f.Required is not { } required)
        {
            return f.Explanation ?? OriginalGeneric(f);
        }

        string zhValue = measured.Format(ReportLanguage.ChineseSimplified);
        string enValue = measured.Format(ReportLanguage.English);
        string zhBound = required.Bound.Format(ReportLanguage.ChineseSimplified);
        string enBound = required.Bound.Format(ReportLanguage.English);
        string zhSubject = f.Rule.Subject.ZhCn;
        string enSubject = f.Rule.Subject.En;
        string enPhrase = required.Comparison.EnglishPhrase();
        string zhRequired = FindingMessages.IsPostfix(required.Wording) ? $" {zhBound}{required.Wording}" : $"{required.Wording} {zhBound}";
        bool numberMeets = f.Outcome == Outcome.Met
            || (f.Outcome is Outcome.NotMet or Outcome.Warning && measured.Unit == required.Bound.Unit && required.IsMetBy(measured));
        LocalizedText text = numberMeets switch
        {
            true => Of(
                $"{zhSubject} {zhValue},满足{zhRequired}的要求",
                $"{enSubject} {enValue} meets the required {enPhrase} {enBound}"),
            _ => Of(
                $"{zhSubject} {zhValue},{ZhShortfall(required.Comparison)}要求的{zhRequired}",
                $"{enSubject} {enValue} {EnShortfall(required.Comparison)} the required {enPhrase} {enBound}"),
        };

        if (f.Explanation is { } extra)
        {
            text = new LocalizedText(text.ZhCn + ";" + extra.ZhCn, text.En + "; " + extra.En);
        }

        return f.Outcome == Outcome.Warning
            ? new LocalizedText(text.ZhCn + "(原则上要求,可记录理由后豁免)", text.En + " (an in-principle requirement: may be waived with a recorded reason)")
            : text;
    }

    /// <summary>What Text.Of did: both texts formatted with the invariant culture.</summary>
    private static LocalizedText Of(FormattableString zhCn, FormattableString en) => new(FormattableString.Invariant(zhCn), FormattableString.Invariant(en));

    private static string ZhShortfall(Comparison c) => c switch
    {
        Comparison.AtLeast => "低于",
        Comparison.MoreThan => "未超过",
        Comparison.AtMost => "超出",
        _ => "不低于",
    };

    private static string EnShortfall(Comparison c) => c switch
    {
        Comparison.AtLeast => "is below",
        Comparison.MoreThan => "does not exceed",
        Comparison.AtMost => "exceeds",
        _ => "is not below",
    };

    private static LocalizedText OriginalGeneric(Finding f) => f.Outcome switch
    {
        Outcome.Met => Of($"{f.Rule.Subject.ZhCn}:符合要求", $"{f.Rule.Subject.En}: requirement met"),
        Outcome.NotMet => Of($"{f.Rule.Subject.ZhCn}:不符合要求", $"{f.Rule.Subject.En}: requirement not met"),
        Outcome.Warning => Of($"{f.Rule.Subject.ZhCn}:原则上要求未满足", $"{f.Rule.Subject.En}: in-principle requirement not met"),
        Outcome.NotApplicable => Of($"{f.Rule.Subject.ZhCn}:不适用", $"{f.Rule.Subject.En}: not applicable"),
        _ => Of($"{f.Rule.Subject.ZhCn}:未检查", $"{f.Rule.Subject.En}: not checked"),
    };
}
