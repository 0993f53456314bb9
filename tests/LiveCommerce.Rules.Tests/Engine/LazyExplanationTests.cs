using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using Outcome = LiveCommerce.Rules.Engine.Outcome;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Engine;

/// <summary>Explanations and notes are formatted on first read; what is read must not depend on when or by whom.</summary>
public class LazyExplanationTests
{
    /// <summary>Texts that count how often the finding asks for them.</summary>
    private sealed class CountingTexts(LocalizedText? explanation, ImmutableArray<LocalizedText> notes) : IFindingTexts
    {
        public int Explained { get; private set; }

        public int Described { get; private set; }

        public LocalizedText? Explain(object facts, DateOnly asOf, in Decision decision)
        {
            Explained++;
            return explanation;
        }

        public ImmutableArray<LocalizedText> Describe(object facts, DateOnly asOf, in Decision decision)
        {
            Described++;
            return notes;
        }
    }

    [Fact]
    public void Explanation_ReadTwice_FormatsOnceAndReturnsTheSameText()
    {
        var texts = new CountingTexts(new LocalizedText("中", "en"), []);
        var finding = new Finding(SharedBaseClauses.Commitment.Descriptor, new Decision(Outcome.NotMet), texts, new object(), Samples.AsOf);

        Assert.Equal(0, texts.Explained);
        LocalizedText first = finding.Explanation!;
        Assert.Same(first, finding.Explanation);
        Assert.Equal(1, texts.Explained);
        Assert.Empty(finding.Notes);
    }

    [Fact]
    public void Notes_NotReadUntilAsked_ThenStable()
    {
        var texts = new CountingTexts(null, [new LocalizedText("一", "one"), new LocalizedText("二", "two")]);
        var finding = new Finding(SharedBaseClauses.Commitment.Descriptor, new Decision(Outcome.Met), texts, new object(), Samples.AsOf);

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(0, texts.Described);
        Assert.Equal(["one", "two"], finding.Notes.Select(n => n.En));
        Assert.Equal(finding.Notes, finding.Notes);
        Assert.Equal(1, texts.Described);
        Assert.Null(finding.Explanation);
        Assert.Null(finding.Explanation);
        Assert.Equal(1, texts.Explained); // a null explanation is asked for once, too
    }

    [Fact]
    public void Report_ReadFromManyThreadsAtOnce_EveryReaderSeesTheSequentialText()
    {
        SharedBaseApplication[] applications = Generators.Application().Sample(20, 16);
        string[] expected = [.. applications.Select(a => Describe(SharedBaseRuleSet.Default.Evaluate(a, Samples.AsOf)))];

        for (int i = 0; i < applications.Length; i++)
        {
            Report shared = SharedBaseRuleSet.Default.Evaluate(applications[i], Samples.AsOf);
            string[] seen = new string[8];
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t => seen[t] = Describe(shared));
            Assert.All(seen, s => Assert.Equal(expected[i], s));
        }
    }

    [Property]
    public Property TextOf_FormatsLikeFormattableStringInvariant()
    {
        Gen<(decimal Amount, DateOnly Date, long Count)> values =
            from amount in ArbMap.Default.GeneratorFor<decimal>()
            from day in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)
            from count in ArbMap.Default.GeneratorFor<long>()
            select (amount, DateOnly.FromDayNumber(day), count);

        return Prop.ForAll(values.ToArbitrary(), v =>
        {
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                // A culture with other separators: neither form may pick it up.
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
                LocalizedText text = Text.Of(
                    $"{v.Amount:N2} {v.Date:yyyy-MM-dd} {v.Count:N0} {v.Amount:0.##} {v.Amount}",
                    $"{v.Count,12} {v.Date} {(object?)null} {Unit.SquareMetres} {new YearMonth(2022, 3)}");
                string zh = FormattableString.Invariant($"{v.Amount:N2} {v.Date:yyyy-MM-dd} {v.Count:N0} {v.Amount:0.##} {v.Amount}");
                string en = FormattableString.Invariant($"{v.Count,12} {v.Date} {(object?)null} {Unit.SquareMetres} {new YearMonth(2022, 3)}");
                return text.ZhCn == zh && text.En == en;
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        });
    }

    private static string Describe(Report report) =>
        string.Join(
            "\n",
            report.Findings.Select(f => f.RuleId + "|" + f.Message.ZhCn + "|" + f.Message.En + "|" + f.Explanation?.En + "|" + string.Join(";", f.Notes.Select(n => n.ZhCn + "/" + n.En))));
}

/// <summary>The allocation-free check of a complete monthly series agrees with the full problem list.</summary>
public class MonthlySeriesCheckTests
{
    private static readonly YearMonth First = new(2022, 1);
    private static readonly YearMonth Last = new(2022, 12);

    [Property]
    public Property ItemsOverload_AnyMonths_SameProblemsAsTheListOverload()
    {
        // Mostly near-complete series (shuffled, one month dropped, duplicated or moved out of the window).
        Gen<YearMonth[]> series =
            from shift in Gen.Choose(0, 11)
            from edit in Gen.Choose(0, 4)
            from at in Gen.Choose(0, 11)
            from other in Gen.Choose(-3, 15)
            select Edit(shift, edit, at, other);

        return Prop.ForAll(series.ToArbitrary(), months =>
        {
            var viaList = new ValidationCollector();
            FactsChecks.MonthlySeries(months.ToList(), First, Last, "$.monthly2022", viaList);
            var viaItems = new ValidationCollector();
            FactsChecks.MonthlySeries([.. months], static m => m, First, Last, "$.monthly2022", viaItems);
            return viaList.ToResult().ToString() == viaItems.ToResult().ToString();
        });
    }

    [Fact]
    public void ItemsOverload_CompleteSeriesInAnyOrder_NoProblemAndNothingCollected()
    {
        var problems = new ValidationCollector();
        FactsChecks.MonthlySeries([.. Enumerable.Range(1, 12).Reverse().Select(m => new YearMonth(2022, m))], static m => m, First, Last, "$.m", problems);
        Assert.False(problems.HasProblems);
        Assert.Same(ValidationResult.Valid, problems.ToResult());
    }

    [Theory]
    [InlineData(13, "month-outside-window", "$.m[2].month")]
    [InlineData(0, "month-outside-window", "$.m[2].month")]
    [InlineData(5, "month-duplicate", "$.m[4].month")] // the second occurrence is the duplicate
    public void ItemsOverload_TwelveItemsOneWrong_ReportsIt(int replacement, string code, string path)
    {
        // Twelve items (the count the fast check looks at first) with one month replaced.
        YearMonth[] months = [.. Enumerable.Range(1, 12).Select(m => First.PlusMonths(m - 1))];
        months[2] = First.PlusMonths(replacement - 1);
        var problems = new ValidationCollector();
        FactsChecks.MonthlySeries([.. months], static m => m, First, Last, "$.m", problems);
        Assert.Contains(problems.ToResult().Problems, p => p.Code == code && p.Path == path);
        Assert.Contains(problems.ToResult().Problems, p => p.Code == "month-missing");
    }

    private static YearMonth[] Edit(int shift, int edit, int at, int other)
    {
        List<YearMonth> months = [.. Enumerable.Range(0, 12).Select(i => First.PlusMonths((i + shift) % 12))];
        switch (edit)
        {
            case 1:
                months.RemoveAt(at);
                break;
            case 2:
                months.Insert(at, months[(at + 1) % months.Count]);
                break;
            case 3:
                months[at] = First.PlusMonths(other);
                break;
            case 4:
                months.Add(First.PlusMonths(other));
                break;
        }

        return [.. months];
    }
}
