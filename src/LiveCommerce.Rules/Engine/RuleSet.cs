using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Engine;

/// <summary>The fixed description of a rule set: which programme, which document, which version.</summary>
/// <param name="Id">A stable id, such as <c>hlj-shared-base</c>.</param>
/// <param name="Version">The rule set's version; it changes whenever a rule or default changes.</param>
/// <param name="Title">The programme and level, in zh-CN and en.</param>
/// <param name="Jurisdiction">The province or county, in zh-CN and en.</param>
/// <param name="Document">The issuing document.</param>
/// <param name="Status">In force, draft or expired.</param>
/// <param name="Deadlines">Dates reported as notices once past.</param>
public sealed record RuleSetInfo(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText Jurisdiction,
    SourceDocument Document,
    DocumentStatus Status,
    ImmutableArray<Deadline> Deadlines)
{
    /// <summary>
    /// The dates the document applies to, both ends included, when it says; an as-of date outside the window is
    /// reported as a notice (the rules are still evaluated, for audits of past or planned decisions).
    /// </summary>
    public DateWindow? EffectiveWindow { get; init; }
}

/// <summary>
/// One programme's executable rules at one level (an applicant, a city): an immutable, thread-safe object that turns
/// facts into a <see cref="Report"/>.
/// </summary>
/// <remarks>Build one through <see cref="Catalog.RuleCatalog"/> (or the programme's <c>Create</c> method) with the
/// document's defaults or a city's stricter overrides. Evaluation is pure: the same facts, as-of date and parameters
/// always give the same report and fingerprint.</remarks>
public abstract class RuleSet
{
    private protected RuleSet(RuleSetInfo info, ImmutableArray<ParameterDefinition> definitions, ParameterSet overrides)
    {
        Info = info;
        Parameters = ResolvedParameters.Resolve(info.Id, definitions, overrides ?? ParameterSet.Empty);
    }

    /// <summary>The fixed description.</summary>
    public RuleSetInfo Info { get; }

    /// <summary>The id.</summary>
    public string Id => Info.Id;

    /// <summary>The version.</summary>
    public string Version => Info.Version;

    /// <summary>The title.</summary>
    public LocalizedText Title => Info.Title;

    /// <summary>The document's status.</summary>
    public DocumentStatus Status => Info.Status;

    /// <summary>The parameters in force.</summary>
    public ResolvedParameters Parameters { get; }

    /// <summary>Every rule, in clause order.</summary>
    public abstract ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The CLR type of the facts.</summary>
    public abstract Type FactsType { get; }

    /// <summary>Reads facts from UTF-8 JSON and evaluates them; never throws on bad input.</summary>
    /// <param name="utf8Json">The facts as UTF-8 JSON (the camelCase contract in docs/json-contract.md).</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <returns>A report, or every validation problem with its JSON path.</returns>
    public abstract EvaluationResult EvaluateJson(ReadOnlySpan<byte> utf8Json, DateOnly asOf);

    /// <summary>Reads facts from UTF-8 JSON and validates them without evaluating.</summary>
    public abstract ValidationResult ValidateJson(ReadOnlySpan<byte> utf8Json);

    /// <summary>The JSON Schema of this rule set's facts.</summary>
    public abstract JsonNode GetFactsSchema();

    /// <summary>The same rule set with other parameter overrides.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard.</exception>
    public abstract RuleSet WithParameters(ParameterSet overrides);

    /// <summary>Whether <paramref name="overrides"/> leave every parameter at the document's default.</summary>
    private protected static bool IsEmpty(ParameterSet? overrides) => overrides is null || overrides.Values.IsEmpty;

    /// <summary>Formats as <c>id@version</c>.</summary>
    public override string ToString() => $"{Id}@{Version}";

    /// <summary>
    /// Configuration beyond <see cref="Parameters"/> that the rule set's decisions depend on (for example recognition
    /// criteria a host supplies), as JSON, or <see langword="null"/> when there is none. When present it is written in
    /// canonical form into the fingerprint under <c>configuration</c>, so a decision stays reproducible.
    /// </summary>
    internal virtual string? FingerprintConfiguration => null;

    /// <summary>The facts in <paramref name="utf8Json"/> as this rule set serializes them for its fingerprint, or
    /// <see langword="null"/> when they cannot be read.</summary>
    internal abstract byte[]? NormalizeFacts(ReadOnlySpan<byte> utf8Json);

    /// <summary>The fingerprint of facts of this rule set's type (see <see cref="Report.Fingerprint"/>).</summary>
    internal abstract string FingerprintOf(object facts, DateOnly asOf);

    private NoticesOfDate? lastNotices;

    private sealed record NoticesOfDate(DateOnly AsOf, ImmutableArray<Notice> Notices);

    private bool AnyDeadlinePassed(DateOnly asOf)
    {
        foreach (Deadline d in Info.Deadlines)
        {
            if (asOf > d.Date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The notices of the rule set as of <paramref name="asOf"/>: they depend on nothing else, so the last
    /// date's are kept (a batch evaluates many applications as of one date).</summary>
    private protected ImmutableArray<Notice> NoticesAsOf(DateOnly asOf)
    {
        if (lastNotices is { } last && last.AsOf == asOf)
        {
            return last.Notices;
        }

        ImmutableArray<Notice> notices = ComposeNotices(asOf);
        lastNotices = new NoticesOfDate(asOf, notices); // one reference: readers see an old or a new pair, never a mix
        return notices;
    }

    private ImmutableArray<Notice> ComposeNotices(DateOnly asOf)
    {
        if (Status == DocumentStatus.InForce
            && (Info.EffectiveWindow is not { } effective || effective.Contains(asOf))
            && !AnyDeadlinePassed(asOf))
        {
            return []; // the common case: nothing to say, nothing allocated
        }

        ImmutableArray<Notice>.Builder notices = ImmutableArray.CreateBuilder<Notice>();
        if (Status == DocumentStatus.Draft)
        {
            notices.Add(new Notice(
                "draft-document",
                Text.Of(
                    $"本规则集依据的《{Info.Document.Title.ZhCn}》为征求意见稿,结论仅供参考,不具有正式效力。",
                    $"This rule set follows \"{Info.Document.Title.En}\", a draft for comment: the results are indicative, not binding.")));
        }
        else if (Status == DocumentStatus.Expired)
        {
            notices.Add(new Notice(
                "expired-document",
                Text.Of($"《{Info.Document.Title.ZhCn}》已失效。", $"\"{Info.Document.Title.En}\" is no longer in force.")));
        }

        if (Info.EffectiveWindow is { } window && !window.Contains(asOf))
        {
            notices.Add(new Notice(
                "outside-effective-window",
                Text.Of(
                    $"评估日期 {asOf:yyyy-MM-dd} 不在《{Info.Document.Title.ZhCn}》的适用期间 {window} 内。",
                    $"The as-of date {asOf:yyyy-MM-dd} is outside the period {window} that \"{Info.Document.Title.En}\" applies to.")));
        }

        foreach (Deadline d in Info.Deadlines)
        {
            if (asOf > d.Date)
            {
                string date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                notices.Add(new Notice(
                    "deadline-passed",
                    Text.Of($"{d.Label.ZhCn}截止日期 {date} 已过(评估日期 {asOf:yyyy-MM-dd})。", $"The deadline for {d.Label.En}, {date}, has passed (as of {asOf:yyyy-MM-dd})."),
                    d.RuleId));
            }
        }

        return notices.ToImmutable();
    }
}

/// <summary>A rule set over facts of type <typeparamref name="TFacts"/>.</summary>
/// <typeparam name="TFacts">The facts type (see the programme's folder).</typeparam>
public abstract class RuleSet<TFacts> : RuleSet
    where TFacts : class
{
    private readonly ImmutableArray<Rule<TFacts>> rules;

    private protected RuleSet(RuleSetInfo info, ImmutableArray<ParameterDefinition> definitions, ParameterSet overrides)
        : base(info, definitions, overrides)
    {
        rules = BuildRules();
        Rules = [.. rules.Select(r => r.Descriptor)];
        Clauses = [.. rules.Select((r, i) => new Clause<TFacts>(r, i))];
    }

    /// <inheritdoc/>
    public override ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Every rule as a decision of its own, in clause order, for engines that call rules one by one.</summary>
    public ImmutableArray<Clause<TFacts>> Clauses { get; }

    /// <inheritdoc/>
    public override Type FactsType => typeof(TFacts);

    private protected abstract JsonTypeInfo<TFacts> FactsTypeInfo { get; }

    /// <summary>Validates <paramref name="facts"/>: every problem at once, each with its JSON path.</summary>
    public ValidationResult Validate(TFacts facts)
    {
        if (facts is null)
        {
            return ValidationResult.Of([new ValidationProblem("$", "null", new LocalizedText("缺少事实数据", "The facts are missing (null)."))]);
        }

        var collector = new ValidationCollector();
        ValidateFacts(facts, collector);
        return collector.ToResult();
    }

    /// <summary>Evaluates <paramref name="facts"/> as of <paramref name="asOf"/> into a report.</summary>
    /// <exception cref="FactsValidationException">The facts are invalid; the exception lists every problem.</exception>
    public Report Evaluate(TFacts facts, DateOnly asOf)
    {
        ValidationResult validation = Validate(facts);
        if (!validation.IsValid)
        {
            throw new FactsValidationException(validation);
        }

        return EvaluateValid(facts, asOf);
    }

    /// <summary>Evaluates <paramref name="facts"/>, returning validation problems instead of throwing.</summary>
    public EvaluationResult TryEvaluate(TFacts facts, DateOnly asOf)
    {
        ValidationResult validation = Validate(facts);
        return validation.IsValid ? EvaluationResult.Success(EvaluateValid(facts, asOf)) : EvaluationResult.Invalid(validation);
    }

    /// <summary>The fast path: whether every mandatory requirement is met, without building a report.</summary>
    /// <exception cref="FactsValidationException">The facts are invalid.</exception>
    public bool IsMet(TFacts facts, DateOnly asOf)
    {
        ValidationResult validation = Validate(facts);
        if (!validation.IsValid)
        {
            throw new FactsValidationException(validation);
        }

        foreach (Rule<TFacts> rule in rules)
        {
            if (!rule.Passes(facts, asOf))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The report of findings that another engine produced from this rule set's <see cref="Clauses"/>: the same report
    /// (notices, outcome, fingerprint) that <see cref="Evaluate"/> gives when the findings are the clauses' own.
    /// </summary>
    /// <param name="facts">The facts the findings were made from.</param>
    /// <param name="asOf">The date they were made as of.</param>
    /// <param name="findings">One finding per clause, in any order.</param>
    /// <exception cref="FactsValidationException">The facts are invalid.</exception>
    /// <exception cref="ArgumentException">A clause has no finding, or more than one, or a finding is of another rule set.</exception>
    public Report CreateReport(TFacts facts, DateOnly asOf, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ValidationResult validation = Validate(facts);
        if (!validation.IsValid)
        {
            throw new FactsValidationException(validation);
        }

        var ordered = new Finding[rules.Length];
        int next = 0;
        foreach (Finding finding in findings)
        {
            // Findings usually come in clause order: check the next clause before searching.
            int index = next < rules.Length && ReferenceEquals(rules[next].Descriptor, finding.Rule) ? next : IndexOfRule(finding.Rule);
            next = index + 1;
            if (index < 0)
            {
                throw new ArgumentException($"The finding of {finding.RuleId} is not of a rule of {Id}.", nameof(findings));
            }

            if (ordered[index] is not null)
            {
                throw new ArgumentException($"{finding.RuleId} has more than one finding.", nameof(findings));
            }

            ordered[index] = finding;
        }

        int missing = Array.IndexOf(ordered, null);
        if (missing >= 0)
        {
            throw new ArgumentException($"{Rules[missing].Id} has no finding.", nameof(findings));
        }

        return new Report(this, asOf, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ordered), NoticesAsOf(asOf), facts);
    }

    private int IndexOfRule(RuleDescriptor descriptor)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (ReferenceEquals(rules[i].Descriptor, descriptor))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads facts from UTF-8 JSON: every structural and semantic problem with its JSON path.</summary>
    public ValidationResult ReadFacts(ReadOnlySpan<byte> utf8Json, out TFacts? facts)
    {
        ValidationResult structural = FactsJsonReader.Read(utf8Json, FactsTypeInfo, out facts);
        return !structural.IsValid || facts is null ? structural : Validate(facts);
    }

    /// <inheritdoc/>
    public override EvaluationResult EvaluateJson(ReadOnlySpan<byte> utf8Json, DateOnly asOf)
    {
        ValidationResult validation = ReadFacts(utf8Json, out TFacts? facts);
        return validation.IsValid ? EvaluationResult.Success(EvaluateValid(facts!, asOf)) : EvaluationResult.Invalid(validation);
    }

    /// <inheritdoc/>
    public override ValidationResult ValidateJson(ReadOnlySpan<byte> utf8Json) => ReadFacts(utf8Json, out _);

    /// <inheritdoc/>
    public override JsonNode GetFactsSchema() => FactsSchema.Export(FactsTypeInfo, Info);

    /// <summary>The fingerprint of <paramref name="facts"/> under this rule set and <paramref name="asOf"/>.</summary>
    public string ComputeFingerprint(TFacts facts, DateOnly asOf) => Fingerprint.Compute(this, asOf, facts, FactsTypeInfo);

    /// <inheritdoc/>
    internal override byte[]? NormalizeFacts(ReadOnlySpan<byte> utf8Json) =>
        FactsJsonReader.Read(utf8Json, FactsTypeInfo, out TFacts? facts).IsValid && facts is not null
            ? System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(facts, FactsTypeInfo)
            : null;

    /// <inheritdoc/>
    internal override string FingerprintOf(object facts, DateOnly asOf) => ComputeFingerprint((TFacts)facts, asOf);

    /// <summary>Builds the rules from <see cref="RuleSet.Parameters"/>. Called by the base constructor, so it must read
    /// nothing but the parameters.</summary>
    private protected abstract ImmutableArray<Rule<TFacts>> BuildRules();

    private protected abstract void ValidateFacts(TFacts facts, ValidationCollector problems);

    private Report EvaluateValid(TFacts facts, DateOnly asOf)
    {
        var findings = new Finding[rules.Length];
        for (int i = 0; i < findings.Length; i++)
        {
            findings[i] = rules[i].Evaluate(facts, asOf);
        }

        return new Report(this, asOf, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(findings), NoticesAsOf(asOf), facts);
    }
}
