using System.Globalization;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Hosting;

/// <summary>Whether a programme takes applications on the as-of date.</summary>
internal enum WindowStatus
{
    /// <summary>Open: the findings are the answer.</summary>
    Open,

    /// <summary>The as-of date is after the programme's deadline or the end of the period it applies to.</summary>
    Closed,

    /// <summary>The as-of date is before the document was issued or before the period it applies to begins.</summary>
    NotYetOpen,
}

/// <summary>
/// The headline both hosts (the <c>lcr</c> command line and the web host, which compiles this file too) put above a
/// report dated outside its programme's window, so that an evaluation after the deadline or before the opening never
/// reads as a plain "met". Closed: the as-of date is past the end of the rule set's effective window, or past a deadline
/// of the whole programme (one without a rule id) of a document in force; a draft's deadline is its comment period and
/// does not close anything. Not yet open: the as-of date is before the document's issue date or the window's start.
/// </summary>
/// <param name="Status">Open, closed or not yet open.</param>
/// <param name="Date">The deadline passed, or the opening date not reached.</param>
/// <param name="Message">The headline, in zh-CN and en.</param>
internal sealed record ProgrammeWindow(WindowStatus Status, DateOnly Date, LocalizedText Message)
{
    /// <summary>The window of <paramref name="ruleSet"/> as of <paramref name="asOf"/>; <see langword="null"/> when open.</summary>
    /// <remarks>A goal set has no window: progress past a goal's deadline is reported goal by goal. (What a programme
    /// offers is the same in every catalog, so the default catalog's registration answers for a configured one too.)</remarks>
    public static ProgrammeWindow? Of(RuleSet ruleSet, DateOnly asOf)
    {
        if (RuleCatalog.Default.TryGetRegistration(ruleSet.Id, out ProgrammeRegistration? programme) && programme.Goals is not null)
        {
            return null;
        }

        RuleSetInfo info = ruleSet.Info;
        DateOnly opens = info.EffectiveWindow is { } w && w.Start > info.Document.IssuedOn ? w.Start : info.Document.IssuedOn;
        if (asOf < opens)
        {
            return new ProgrammeWindow(WindowStatus.NotYetOpen, opens, new LocalizedText(
                $"尚未开放:评估日期 {Iso(asOf)} 早于《{info.Document.Title.ZhCn}》的起始日期 {Iso(opens)},以下结论仅说明条件,尚不能据此申报。",
                $"Not yet open: the as-of date {Iso(asOf)} is before {Iso(opens)}, when \"{info.Document.Title.En}\" begins; the findings describe the conditions only, no application can be made yet."));
        }

        DateOnly? closed = info.EffectiveWindow is { } window && asOf > window.End ? window.End : null;
        if (info.Status != DocumentStatus.Draft)
        {
            foreach (Deadline d in info.Deadlines)
            {
                if (d.RuleId is null && asOf > d.Date && (closed is null || d.Date < closed))
                {
                    closed = d.Date;
                }
            }
        }

        return closed is { } date
            ? new ProgrammeWindow(WindowStatus.Closed, date, new LocalizedText(
                $"已截止:评估日期 {Iso(asOf)} 晚于《{info.Document.Title.ZhCn}》的截止日期 {Iso(date)},以下结论仅说明条件,不能据此申报。",
                $"Closed: the as-of date {Iso(asOf)} is after {Iso(date)}, the deadline of \"{info.Document.Title.En}\"; the findings describe the conditions only, no application can be made on them."))
            : null;
    }

    /// <summary>The status as the JSON answers write it: <c>closed</c> or <c>not-yet-open</c>.</summary>
    public string Code => Status == WindowStatus.Closed ? "closed" : "not-yet-open";

    /// <summary>The window as a JSON object: <c>{"status": …, "date": …, "message": {"zhCn": …, "en": …}}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["status"] = Code,
        ["date"] = Iso(Date),
        ["message"] = new JsonObject { ["zhCn"] = Message.ZhCn, ["en"] = Message.En },
    };

    /// <summary>A report's JSON with the window as its property <c>window</c>, placed after <c>outcome</c>.</summary>
    public byte[] AddTo(ReadOnlySpan<byte> reportJson, bool indented)
    {
        JsonObject report = JsonNode.Parse(reportJson)!.AsObject();
        var withWindow = new JsonObject();
        foreach ((string key, JsonNode? value) in report.ToList())
        {
            report.Remove(key);
            withWindow[key] = value;
            if (key == "outcome")
            {
                withWindow["window"] = ToJson();
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(withWindow.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
