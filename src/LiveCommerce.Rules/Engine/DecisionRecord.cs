using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace LiveCommerce.Rules.Engine;

/// <summary>What <see cref="DecisionRecord.Verify(RuleSet)"/> (or <c>Verify(RuleCatalog)</c>, in the catalog) found.</summary>
public enum DecisionRecordStatus
{
    /// <summary>Re-evaluating the recorded facts with the recorded rule set version and parameters gives the recorded
    /// fingerprint and outcome.</summary>
    Verified,

    /// <summary>The re-evaluation's fingerprint differs: the facts, as-of date, parameters, configuration or fingerprint
    /// of the record were changed.</summary>
    FingerprintMismatch,

    /// <summary>The fingerprint matches but the recorded outcome does not: the outcome was changed.</summary>
    OutcomeMismatch,

    /// <summary>The catalog has no rule set with the recorded id.</summary>
    UnknownRuleSet,

    /// <summary>The catalog's rule set has another version than the recorded one, so the decision cannot be re-run.</summary>
    UnknownVersion,

    /// <summary>The recorded parameters are rejected by the rule set (an unknown key, a loosened standard).</summary>
    ParametersRejected,

    /// <summary>The recorded facts no longer pass validation.</summary>
    FactsInvalid,
}

/// <summary>
/// A stored decision that can be re-verified later: the rule set id and version, the as-of date, the parameters in force,
/// the configuration beyond parameters, the facts as submitted, the fingerprint and the outcome.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Create"/> from a report and the facts it was computed from, store
/// <see cref="ToJson"/>, read it back with <see cref="Parse"/>, and call <c>Verify(catalog)</c> (<see cref="Catalog.DecisionRecordVerification"/>) or <see cref="Verify(RuleSet)"/>: the
/// facts are re-evaluated with the recorded version and parameters, and any change to the facts, parameters, as-of date,
/// configuration, fingerprint or outcome is detected.</para>
/// <para>The record proves consistency, not origin: whoever can rewrite the whole record can recompute its fingerprint.
/// Sign or store the fingerprint separately where that matters.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DecisionRecord
{
    /// <summary>The format tag written into every record.</summary>
    public const string Format = "lcr-decision-record/1";

    private DecisionRecord(
        string ruleSetId,
        string ruleSetVersion,
        DateOnly asOf,
        ImmutableSortedDictionary<string, decimal> parameters,
        string? configuration,
        string facts,
        string fingerprint,
        ReportOutcome outcome)
    {
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        AsOf = asOf;
        Parameters = parameters;
        Configuration = configuration;
        Facts = facts;
        Fingerprint = fingerprint;
        Outcome = outcome;
    }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set's version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The as-of date of the decision.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The parameters in force, by key.</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; }

    /// <summary>The rule set's configuration beyond its parameters (JSON), or <see langword="null"/> when it has none.</summary>
    public string? Configuration { get; }

    /// <summary>The facts, as the JSON text that was evaluated.</summary>
    public string Facts { get; }

    /// <summary>The report's fingerprint.</summary>
    public string Fingerprint { get; }

    /// <summary>The report's overall outcome.</summary>
    public ReportOutcome Outcome { get; }

    /// <summary>Records <paramref name="report"/> with the facts it was computed from.</summary>
    /// <param name="report">The report.</param>
    /// <param name="factsUtf8Json">The facts as UTF-8 JSON (as submitted to <see cref="RuleSet.EvaluateJson"/>, or serialized);
    /// the record keeps them as the rule set serializes them for the fingerprint (every property, canonical values).</param>
    /// <exception cref="ArgumentException">The facts cannot be read, or are not the facts of this report (the fingerprint differs).</exception>
    public static DecisionRecord Create(Report report, ReadOnlySpan<byte> factsUtf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        byte[] normalized = report.Source.NormalizeFacts(factsUtf8Json)
            ?? throw new ArgumentException("The facts cannot be read as this report's facts.", nameof(factsUtf8Json));
        string facts = System.Text.Encoding.UTF8.GetString(normalized);
        var record = new DecisionRecord(report.RuleSetId, report.RuleSetVersion, report.AsOf, report.Parameters, report.Configuration, facts, report.Fingerprint, report.Outcome);
        return record.RecomputeFingerprint() == report.Fingerprint
            ? record
            : throw new ArgumentException("These facts are not the facts of the report: their fingerprint differs.", nameof(factsUtf8Json));
    }

    /// <summary>Reads a record written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not a decision record; the message says what is wrong.</exception>
    public static DecisionRecord Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A decision record is a JSON object.");
            }

            if (String(root, "format") != Format)
            {
                throw new FormatException($"Not a decision record: \"format\" must be \"{Format}\".");
            }

            JsonElement parameters = Required(root, "parameters", JsonValueKind.Object);
            ImmutableSortedDictionary<string, decimal>.Builder values = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
            foreach (JsonProperty p in parameters.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out decimal value))
                {
                    throw new FormatException($"The parameter \"{p.Name}\" is not a decimal number.");
                }

                if (!values.TryAdd(p.Name, value))
                {
                    throw new FormatException($"The parameter \"{p.Name}\" appears twice.");
                }
            }

            string? configuration = root.TryGetProperty("configuration", out JsonElement c) && c.ValueKind != JsonValueKind.Null ? c.GetRawText() : null;
            string asOfText = String(root, "asOf");
            return new DecisionRecord(
                String(root, "ruleSet"),
                String(root, "version"),
                DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly asOf) ? asOf : throw new FormatException($"\"asOf\" is not a date (yyyy-MM-dd): \"{asOfText}\"."),
                values.ToImmutable(),
                configuration,
                Required(root, "facts", JsonValueKind.Object).GetRawText(),
                String(root, "fingerprint"),
                Enum.TryParse(String(root, "outcome"), ignoreCase: false, out ReportOutcome outcome) && Enum.IsDefined(outcome) ? outcome : throw new FormatException("\"outcome\" is not a report outcome."));
        }
        catch (JsonException ex)
        {
            throw new FormatException("A decision record must be JSON: " + ex.Message, ex);
        }
    }

    /// <summary>The record as UTF-8 JSON (read back with <see cref="Parse"/>).</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("ruleSet", RuleSetId);
            writer.WriteString("version", RuleSetVersion);
            writer.WriteString("asOf", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartObject("parameters");
            foreach ((string key, decimal value) in Parameters)
            {
                writer.WriteNumber(key, value);
            }

            writer.WriteEndObject();
            if (Configuration is not null)
            {
                writer.WritePropertyName("configuration");
                writer.WriteRawValue(Configuration);
            }

            writer.WritePropertyName("facts");
            writer.WriteRawValue(Facts);
            writer.WriteString("fingerprint", Fingerprint);
            writer.WriteString("outcome", Outcome.ToString());
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Re-evaluates the recorded facts with <paramref name="ruleSet"/> (which must have the recorded id and version; for
    /// example a Guizhou rule set built with the host's recognition criteria), under the recorded parameters and as-of
    /// date, and compares the fingerprint and outcome.
    /// </summary>
    /// <param name="ruleSet">The rule set to re-run the decision with.</param>
    public DecisionRecordStatus Verify(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (!string.Equals(ruleSet.Id, RuleSetId, StringComparison.Ordinal))
        {
            return DecisionRecordStatus.UnknownRuleSet;
        }

        if (!string.Equals(ruleSet.Version, RuleSetVersion, StringComparison.Ordinal))
        {
            return DecisionRecordStatus.UnknownVersion;
        }

        // A fingerprint that does not match its own record is a tampered record, whatever the rule set says.
        if (!string.Equals(RecomputeFingerprint(), Fingerprint, StringComparison.Ordinal))
        {
            return DecisionRecordStatus.FingerprintMismatch;
        }

        RuleSet configured;
        try
        {
            configured = ruleSet.WithParameters(ParameterSet.From(Parameters.Where(p => ruleSet.Parameters.Definitions.Any(d => d.Key == p.Key && d.DefaultValue != p.Value))));
        }
        catch (RuleConfigurationException)
        {
            return DecisionRecordStatus.ParametersRejected;
        }

        EvaluationResult result = configured.EvaluateJson(System.Text.Encoding.UTF8.GetBytes(Facts), AsOf);
        return result.Report is not { } report ? DecisionRecordStatus.FactsInvalid
            : !string.Equals(report.Fingerprint, Fingerprint, StringComparison.Ordinal) ? DecisionRecordStatus.FingerprintMismatch
            : report.Outcome != Outcome ? DecisionRecordStatus.OutcomeMismatch
            : DecisionRecordStatus.Verified;
    }

    private string RecomputeFingerprint()
    {
        try
        {
            return Serialization.Fingerprint.Compute(RuleSetId, RuleSetVersion, AsOf, Parameters, System.Text.Encoding.UTF8.GetBytes(Facts), Configuration);
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static JsonElement Required(JsonElement root, string name, JsonValueKind kind) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == kind ? value : throw new FormatException($"\"{name}\" is missing or not a JSON {kind.ToString().ToLowerInvariant()}.");

    private static string String(JsonElement root, string name) => Required(root, name, JsonValueKind.String).GetString()!;
}
