using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownPropertyTests
{
    private static readonly int Days = XiangyuanSamples.End.DayNumber - XiangyuanSamples.Start.DayNumber;

    private static Gen<DateOnly> DateInPeriod => Gen.Choose(0, Days).Select(d => XiangyuanSamples.Start.AddDays(d));

    /// <summary>Either a sparse random set of events, or one in every week with up to two weeks dropped; and one more event to add.</summary>
    private static Arbitrary<(DateOnly[] Events, DateOnly Extra)> EventsAndExtra =>
        (from sparse in Gen.Elements(true, false)
         from n in Gen.Choose(0, 120)
         from random in Gen.ArrayOf(DateInPeriod, n)
         from drop in Gen.ArrayOf(Gen.Choose(0, 80), 2)
         from extra in DateInPeriod
         select (sparse ? random : [.. XiangyuanSamples.Mondays().Where((_, i) => !drop.Contains(i)), .. random.Take(3)], extra)).ToArbitrary();

    [Property]
    public Property Evaluate_AddingALiveEvent_NeverRemovesAMetWeek()
    {
        return Prop.ForAll(EventsAndExtra, t =>
        {
            RuralETownProject before = WithEvents(t.Events);
            RuralETownProject after = WithEvents([.. t.Events, t.Extra]);
            int metBefore = MetWeeks(t.Events);
            int metAfter = MetWeeks([.. t.Events, t.Extra]);
            bool findingMonotone = Evaluate.Outcome(before, "XY-4-8-WEEKLY-LIVE") != Outcome.Met || Evaluate.Outcome(after, "XY-4-8-WEEKLY-LIVE") == Outcome.Met;
            return metAfter >= metBefore && metAfter <= metBefore + 1 && findingMonotone;
        });
    }

    [Property]
    public Property Evaluate_AddingASalon_NeverRemovesAMetQuarter()
    {
        return Prop.ForAll(EventsAndExtra, t =>
        {
            RuralETownProject before = XiangyuanSamples.AtBoundary() with { Salons = [.. t.Events.Select(d => new Salon { Date = d, Theme = "主题" })] };
            RuralETownProject after = before with { Salons = before.Salons.Add(new Salon { Date = t.Extra, Theme = "主题" }) };
            return Evaluate.Outcome(before, "XY-6-7-SALONS") != Outcome.Met || Evaluate.Outcome(after, "XY-6-7-SALONS") == Outcome.Met;
        });
    }

    /// <summary>Random changes to every deliverable: counts, areas, dropped evidence and items, waivers where allowed.</summary>
    private static Arbitrary<int[]> Mutations =>
        Gen.ArrayOf(Gen.Choose(0, 5), RuralETownRuleSet.DeliverableIds.Length).ToArbitrary();

    [Property]
    public Property AcceptanceSheet_AnyProject_TotalsAddUpToTheNumberOfDeliverables()
    {
        return Prop.ForAll(Mutations, m =>
        {
            RuralETownProject p = XiangyuanSamples.AtBoundary();
            p = p with { Deliverables = [.. p.Deliverables.Select((d, i) => Mutate(d, m[i]))] };
            AcceptanceSheet sheet = AcceptanceSheet.From(Evaluate.Project(p));
            AcceptanceTotals t = sheet.Totals;
            return t.Total == RuralETownRuleSet.DeliverableIds.Length
                && t.Met + t.NotMet + t.Warning + t.EvidenceIncomplete == t.Total
                && sheet.Sections.Sum(s => s.Totals.Total) == t.Total
                && sheet.Sections.Sum(s => s.Totals.NotMet) == t.NotMet
                && sheet.Sections.Length == 10;
        });
    }

    /// <summary>The decision (made without texts, skipping the checks after a mandatory failure) and the texts (formatted
    /// from every check, on first read) say the same: the explanation states the outcome, and a not-met finding has a
    /// failed line among its notes.</summary>
    [Property]
    public Property Evaluate_AnyProject_ExplanationAndNotesAgreeWithTheOutcome()
    {
        return Prop.ForAll(Mutations, m =>
        {
            RuralETownProject p = XiangyuanSamples.AtBoundary();
            p = p with { Deliverables = [.. p.Deliverables.Select((d, i) => Mutate(d, m[i]))] };
            return Evaluate.Project(p).Findings.All(f =>
            {
                string explanation = f.Explanation!.ZhCn;
                string said = f.Outcome switch
                {
                    Outcome.NotMet => ":未满足基本要求:",
                    Outcome.EvidenceIncomplete => ":基本要求已满足,但佐证资料不全",
                    Outcome.Warning => ":原则上要求未满足:",
                    _ => ":基本要求均已满足,佐证资料齐全",
                };
                return explanation.StartsWith(f.Rule.Subject.ZhCn + said, StringComparison.Ordinal)
                    && (f.Outcome != Outcome.NotMet || f.Notes.SkipLast(1).Any(n => n.ZhCn.StartsWith("✗ ", StringComparison.Ordinal)));
            });
        });
    }

    private static DeliverableRecord Mutate(DeliverableRecord d, int how) => how switch
    {
        1 => d with { Count = d.Count is { } c ? Math.Max(0, c - 1) : null },
        2 => d with { Evidence = d.Evidence.IsEmpty ? d.Evidence : d.Evidence.RemoveAt(0) },
        3 => d with { Items = d.Items.IsEmpty ? d.Items : d.Items.RemoveAt(0) },
        4 => d with { Area = d.Area is { } a ? LiveCommerce.Rules.Primitives.Area.FromSquareMetres(a.SquareMetres / 2) : null },
        5 => d with { Count = d.Count * 2, Evidence = [] },
        _ => d,
    };

    private static RuralETownProject WithEvents(DateOnly[] events) =>
        XiangyuanSamples.AtBoundary() with
        {
            LiveSellingEvents = [.. events.Select((d, i) => new LiveSellingEvent { Date = d, Venue = (i % 3) switch { 0 => "直播间", 1 => "原产地", _ => "展厅" } })],
        };

    private static int MetWeeks(DateOnly[] events) =>
        ProjectCalendar.DueWindows(CadencePeriod.Week, XiangyuanSamples.Start, XiangyuanSamples.End, XiangyuanSamples.AsOf).Count(w => events.Any(w.Contains));
}
