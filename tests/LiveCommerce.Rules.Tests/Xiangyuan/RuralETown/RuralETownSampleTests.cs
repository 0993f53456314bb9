using System.Text.Json;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownSampleTests
{
    private const string Folder = "xy-rural-e-town";

    private static Report Sample(string file) =>
        RuralETownRuleSet.Default.EvaluateJson(Repo.Sample(Folder, file), XiangyuanSamples.AsOf).Report
        ?? throw new InvalidOperationException(file + " is invalid");

    [Fact]
    public void EvaluateJson_CompleteSample_MeetsEveryDeliverable()
    {
        Report report = Sample("project-meets.json");

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal(RuralETownRuleSet.DeliverableIds.ToArray(), report.Findings.Select(f => f.RuleId).ToArray());
    }

    [Fact]
    public void EvaluateJson_ShortfallSample_GivesTheDocumentedFindings()
    {
        Report report = Sample("project-shortfalls.json");
        var notMet = report.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId).ToArray();

        Assert.Equal(ReportOutcome.NotMet, report.Outcome);
        Assert.Equal(
            ["XY-4-1-PUBLIC-BRAND", "XY-4-5-LAUNCH-EVENT", "XY-4-8-WEEKLY-LIVE", "XY-5-2-TRAINING", "XY-6-7-SALONS", "XY-8-2-MEDIA-MATRIX", "XY-9-1-RETAIL", "XY-9-2-NEW-ENTITIES", "XY-9-3-EMPLOYMENT"],
            notMet);
        Assert.Equal(Outcome.Warning, report["XY-6-1-SERVICE-CENTRE"].Outcome);
        Assert.Equal(Outcome.Warning, report["XY-6-3-INCUBATOR"].Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, report["XY-2-1-LEADING-ENTERPRISES"].Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, report["XY-7-1-LOGISTICS-CENTRE"].Outcome);
        Assert.Contains("2024-W06", report["XY-4-8-WEEKLY-LIVE"].Message.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("project-meets.json")]
    [InlineData("project-shortfalls.json")]
    public void JsonRoundTrip_ShippedSample_SameFactsAndFingerprint(string file)
    {
        byte[] json = Repo.Sample(Folder, file);
        Assert.True(RuralETownRuleSet.Default.ReadFacts(json, out RuralETownProject? facts).IsValid);

        byte[] again = JsonSerializer.SerializeToUtf8Bytes(facts!, JsonContext.Default.RuralETownProject);
        Assert.True(RuralETownRuleSet.Default.ReadFacts(again, out RuralETownProject? back).IsValid);

        Assert.Equal(
            RuralETownRuleSet.Default.ComputeFingerprint(facts!, XiangyuanSamples.AsOf),
            RuralETownRuleSet.Default.ComputeFingerprint(back!, XiangyuanSamples.AsOf));
    }

    [Fact]
    public void AcceptanceSheet_ShortfallSample_GroupsBySectionAndTotals()
    {
        AcceptanceSheet sheet = AcceptanceSheet.From(Sample("project-shortfalls.json"));

        Assert.Equal(["二、", "一", "二", "三", "四", "五", "六", "七", "八", "九"], sheet.Sections.Select(s => s.Number));
        Assert.Equal(new AcceptanceTotals(36, 9, 2, 2, 0), sheet.Totals);
        Assert.Equal(new AcceptanceTotals(5, 0, 0, 0, 0), sheet.Sections[0].Totals);
        Assert.Equal(new AcceptanceTotals(5, 3, 0, 0, 0), sheet.Sections[4].Totals);
        Assert.Equal(["XY-9-1-RETAIL", "XY-9-2-NEW-ENTITIES", "XY-9-3-EMPLOYMENT"], sheet.Sections[9].Findings.Select(f => f.RuleId));
        string zh = sheet.Format(ReportLanguage.ChineseSimplified);
        Assert.Contains("(六)健全电商服务体系  [符合 5 / 不符合 1 / 警告 2 / 佐证不全 0(合计 8)]", zh, StringComparison.Ordinal);
        Assert.StartsWith("二、项目固定执行标准  [符合 5 / 不符合 0 / 警告 0 / 佐证不全 0(合计 5)]", zh.Split('\n')[2].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith("合计:符合 36 / 不符合 9 / 警告 2 / 佐证不全 2(合计 49)", zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("三、(四)8.", 3)]
    [InlineData("三、(九)1.", 8)]
    [InlineData("六、(一)②", 0)]
    [InlineData("五、", -1)]
    [InlineData("三、(十)1.", -1)]
    public void SectionOf_Citation_ParenthesisedNumeral(string section, int expected) =>
        Assert.Equal(expected, AcceptanceSheet.SectionOf(section));

    [Fact]
    public void AcceptanceSheet_ReportOfAnotherProgramme_GroupsUnknownSectionsUnderOther()
    {
        Report report = LiveCommerce.Rules.Heilongjiang.SharedBase.SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf);

        AcceptanceSheet sheet = AcceptanceSheet.From(report);

        Assert.Equal(report.Findings.Length, sheet.Totals.Total);
        AcceptanceSection only = Assert.Single(sheet.Sections);
        Assert.Equal("—", only.Number);
        Assert.Equal(report.Findings.Length, only.Findings.Length);
    }

    [Fact]
    public void RuleCatalog_Default_ImplementsEveryXiangyuanId()
    {
        CatalogEntry[] xy = [.. RuleCatalog.Default.Entries.Where(e => e.RuleId.StartsWith("XY-", StringComparison.Ordinal))];

        Assert.Equal(49, xy.Length); // 5 fixed standards of 二 (XY-F-*), 44 deliverables of 三
        Assert.All(xy, e => Assert.True(e.Implemented, e.RuleId));
        Assert.All(xy, e => Assert.Equal("xy-2023-rural-e-town", e.DocumentId));
    }
}
