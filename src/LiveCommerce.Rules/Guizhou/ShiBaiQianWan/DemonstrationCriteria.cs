using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>
/// The recognition criteria of the demonstration projects (GZ-DEMO-CRITERIA, 统一认定标准(见附件2)): thresholds per
/// category, supplied by the host. Attachment 2 is not in the source, so the library never invents them.
/// </summary>
/// <remarks>
/// <para>Each criterion holds one reported indicator (by key) to one threshold with the comparison its wording implies.
/// Read from JSON with <see cref="Read"/>, or build in code and check with <see cref="Validate"/>; a rule set refuses
/// invalid criteria with a <see cref="RuleConfigurationException"/>. The criteria are part of every report's fingerprint.</para>
/// <para>An example configuration ships as <c>samples/data/gz-demonstration/criteria.EXAMPLE.json</c>: it is an example,
/// not attachment 2, and reports evaluated with criteria marked <see cref="IsExample"/> say so.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record DemonstrationCriteria
{
    /// <summary>An identifier of this criteria version, such as <c>gz-attachment-2-2024</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where the thresholds come from (the attachment, notice or decision), in words.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the criteria are an example, not the official standard (reports then say so).</summary>
    public bool IsExample { get; init; }

    /// <summary>The criteria of each category; a category not listed cannot be evaluated.</summary>
    public required ImmutableArray<CategoryCriteria> Categories { get; init; }

    /// <summary>The criteria of <paramref name="category"/>, or <see langword="null"/> when none are configured.</summary>
    public CategoryCriteria? For(DemonstrationCategory category) =>
        Categories.IsDefault ? null : Categories.FirstOrDefault(c => c.Category == category);

    /// <summary>Reads criteria from UTF-8 JSON: every structural and semantic problem with its JSON path.</summary>
    /// <param name="utf8Json">The criteria as JSON (see the example configuration).</param>
    /// <param name="criteria">The criteria, when valid.</param>
    /// <returns>The problems found, or a valid result.</returns>
    public static ValidationResult Read(ReadOnlySpan<byte> utf8Json, out DemonstrationCriteria? criteria)
    {
        ValidationResult structural = FactsJsonReader.Read(utf8Json, JsonContext.Default.DemonstrationCriteria, out criteria);
        if (!structural.IsValid || criteria is null)
        {
            criteria = null;
            return structural;
        }

        ValidationResult semantic = criteria.Validate();
        if (!semantic.IsValid)
        {
            criteria = null;
        }

        return semantic;
    }

    /// <summary>Checks the criteria: every problem with its JSON path.</summary>
    public ValidationResult Validate()
    {
        var problems = new ValidationCollector();
        FactsChecks.NotBlank(Id, "$.id", problems);
        FactsChecks.NotBlank(Source, "$.source", problems);
        if (Categories.IsDefaultOrEmpty)
        {
            problems.Add("$.categories", "empty", "至少应配置一个类别的认定标准", "Configure the criteria of at least one category.");
            return problems.ToResult();
        }

        var seen = new HashSet<DemonstrationCategory>();
        for (int i = 0; i < Categories.Length; i++)
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"$.categories[{i}]");
            CategoryCriteria c = Categories[i];
            if (c is null)
            {
                problems.Add(path, "null", "不能为 null", "Must not be null.");
                continue;
            }

            if (!DemonstrationCategories.IsDefined(c.Category))
            {
                problems.Add(path + ".category", "unknown-category", "未知的示范项目类别", "Unknown demonstration category: expected park, liveBase, enterprise or liveTeam.", c.Category.ToString());
            }
            else if (!seen.Add(c.Category))
            {
                problems.Add(path + ".category", "duplicate", "同一类别只能配置一次", "A category may be configured only once.", DemonstrationCategories.JsonName(c.Category));
            }

            if (c.Criteria.IsDefaultOrEmpty)
            {
                problems.Add(path + ".criteria", "empty", "每个类别至少应有一项认定标准", "Each configured category needs at least one criterion.");
                continue;
            }

            var keys = new HashSet<(string, Comparison)>();
            for (int j = 0; j < c.Criteria.Length; j++)
            {
                string cp = string.Create(CultureInfo.InvariantCulture, $"{path}.criteria[{j}]");
                Criterion? k = c.Criteria[j];
                if (k is null)
                {
                    problems.Add(cp, "null", "不能为 null", "Must not be null.");
                    continue;
                }

                ValidateCriterion(k, cp, problems);
                if (!keys.Add((k.Indicator ?? "", k.Comparison)))
                {
                    problems.Add(cp + ".indicator", "duplicate", "同一指标同一比较方式重复配置", "The same indicator is configured twice with the same comparison.", k.Indicator);
                }
            }
        }

        return problems.ToResult();
    }

    private static void ValidateCriterion(Criterion k, string path, ValidationCollector problems)
    {
        FactsChecks.NotBlank(k.Indicator, path + ".indicator", problems);
        FactsChecks.NotBlank(k.LabelZh, path + ".labelZh", problems);
        FactsChecks.NotBlank(k.LabelEn, path + ".labelEn", problems);
        FactsChecks.NotBlank(k.Wording, path + ".wording", problems);
        if (k.Comparison is not (Comparison.AtLeast or Comparison.MoreThan or Comparison.AtMost or Comparison.LessThan))
        {
            problems.Add(path + ".comparison", "unknown-comparison", "未知的比较方式", "Unknown comparison: expected atLeast, moreThan, atMost or lessThan.");
        }
        else if (!string.IsNullOrWhiteSpace(k.Wording))
        {
            // The wording is the authority on the comparison (以上 includes the number, 超过 excludes it): disagreement is refused.
            IReadOnlyCollection<Comparison> implied = CriterionWording.Implied(k.Wording);
            if (implied.Count == 0)
            {
                problems.Add(path + ".wording", "unknown-wording", $"措辞“{k.Wording}”不含可判断比较方式的用语({CriterionWording.Known})", $"The wording '{k.Wording}' implies no comparison the library knows ({CriterionWording.Known}).", k.Wording);
            }
            else if (implied.Any(c => c != k.Comparison))
            {
                string expected = string.Join(", ", implied.Select(c => JsonName(c)));
                problems.Add(path + ".comparison", "wording-mismatch", $"比较方式 {JsonName(k.Comparison)} 与措辞“{k.Wording}”(意为 {expected})不一致", $"The comparison {JsonName(k.Comparison)} disagrees with the wording '{k.Wording}', which implies {expected}.", JsonName(k.Comparison));
            }
        }

        string value = k.Value.ToString(CultureInfo.InvariantCulture);
        if (k.Value < 0m)
        {
            problems.Add(path + ".value", "negative", "标准值不能为负数", "A criterion's value must not be negative.", value);
        }
        else if (k.Unit == Unit.Yuan && Primitives.Money.Check(k.Value) is not null)
        {
            problems.Add(path + ".value", "range", "金额应精确到分且不超过 999,999,999,999,999.99 元", "An amount must be whole fen and at most ¥999,999,999,999,999.99.", value);
        }
        else if (k.Unit.IsWholeNumber() && k.Value != decimal.Truncate(k.Value))
        {
            problems.Add(path + ".value", "not-whole", "计数类标准值应为整数", "A count must be a whole number.", value);
        }
    }

    private static string JsonName(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "atLeast",
        Comparison.MoreThan => "moreThan",
        Comparison.AtMost => "atMost",
        _ => "lessThan",
    };
}

/// <summary>The recognition criteria of one category: every criterion must be met.</summary>
public sealed record CategoryCriteria
{
    /// <summary>The category.</summary>
    public required DemonstrationCategory Category { get; init; }

    /// <summary>The criteria, all of which must be met.</summary>
    public required ImmutableArray<Criterion> Criteria { get; init; }
}

/// <summary>One recognition criterion: a reported indicator held to a threshold.</summary>
public sealed record Criterion
{
    /// <summary>The indicator key the facts report, such as <c>onlineRetail</c>.</summary>
    public required string Indicator { get; init; }

    /// <summary>What the indicator is, in Chinese.</summary>
    public required string LabelZh { get; init; }

    /// <summary>What the indicator is, in English.</summary>
    public required string LabelEn { get; init; }

    /// <summary>The comparison the criterion's wording implies.</summary>
    public required Comparison Comparison { get; init; }

    /// <summary>The bound, in <see cref="Unit"/>.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit of the bound and of the reported indicator.</summary>
    public required Unit Unit { get; init; }

    /// <summary>The Chinese wording that implies the comparison, such as <c>不低于</c>.</summary>
    public required string Wording { get; init; }

    /// <summary>The criterion as a threshold.</summary>
    public Threshold ToThreshold() => new(Comparison, new Quantity(Value, Unit), Wording);
}
