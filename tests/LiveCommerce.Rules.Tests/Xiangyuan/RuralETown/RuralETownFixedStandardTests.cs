using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

/// <summary>Issue 14 items 21 and 24: section 二 (项目固定执行标准) on the acceptance sheet, and the basic-requirement flags
/// of 三 that were not encoded.</summary>
public class RuralETownFixedStandardTests
{
    [Theory]
    [InlineData("XY-F-5-RECORDS", "第三方审计相关资料")]
    [InlineData("XY-F-5-RECORDS", "项目验收评分细则、进度任务等相关佐证资料")]
    [InlineData("XY-F-5-RECORDS", "项目资金使用明细表和凭证")]
    [InlineData("XY-F-5-RECORDS", "项目实施工作台账")]
    [InlineData("XY-F-4-MANAGEMENT", "向委托方报送的项目建设进度和资金使用情况")]
    [InlineData("XY-F-3-RULES", "内部资金使用和内部资产管理制度")]
    [InlineData("XY-F-2-STAFF", "项目人员行业资质和操作案例资料")]
    public void Evaluate_FixedStandardDocumentMissing_AcceptanceNotClean(string id, string document)
    {
        // "44/44 met" no longer hides a missing audit: the sheet lists section 二 and counts it.
        RuralETownProject p = XiangyuanSamples.AtBoundary().With(id, d => d with { Evidence = [.. d.Evidence.Where(e => e != document)] });

        Report report = Evaluate.Project(p);
        AcceptanceSheet sheet = AcceptanceSheet.From(report);

        Assert.Equal(Outcome.EvidenceIncomplete, report[id].Outcome);
        Assert.Contains(document, Evaluate.Notes(report[id]), StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.EvidenceIncomplete, report.Outcome);
        Assert.Equal("二、", sheet.Sections[0].Number);
        Assert.Equal(1, sheet.Sections[0].Totals.EvidenceIncomplete);
    }

    [Fact]
    public void Evaluate_FixedStandardsAllOnFile_Met()
    {
        Report report = Evaluate.Project(XiangyuanSamples.AtBoundary());

        Assert.Equal(
            ["XY-F-1-ORGANISATION", "XY-F-2-STAFF", "XY-F-3-RULES", "XY-F-4-MANAGEMENT", "XY-F-5-RECORDS"],
            report.Findings.Take(5).Select(f => f.RuleId));
        Assert.All(report.Findings.Take(5), f => Assert.Equal(Outcome.Met, f.Outcome));
        Assert.Equal("二、(五)2.(2)", report["XY-F-5-RECORDS"].Citation.Fragments!.Single(f => f.Text == "第三方审计相关资料").Section);
    }

    [Fact]
    public void Evaluate_FixedStandardWithoutRecord_NotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Deliverables = [.. p.Deliverables.Where(d => d.Id != "XY-F-1-ORGANISATION")] };

        Assert.Equal(Outcome.NotMet, Evaluate.Outcome(p, "XY-F-1-ORGANISATION"));
    }

    [Fact]
    public void CrossBorderBase_TenFunctions_AllChecked()
    {
        // XY-3-2 (1)3): 备案登记、政策扶持咨询、代运营、营销、客服、物流仓储、技术支持、数据服务、法律咨询、知识产权咨询.
        string[] functions = ["备案登记", "政策扶持咨询", "代运营", "营销", "客服", "物流仓储", "技术支持", "数据服务", "法律咨询", "知识产权咨询"];
        Assert.All(functions, f => Assert.Contains(f, RuralETownRuleSet.ItemsOf("XY-3-2-CROSS-BORDER-TRAINING")));

        foreach (string f in functions)
        {
            RuralETownProject p = XiangyuanSamples.AtBoundary().WithItem("XY-3-2-CROSS-BORDER-TRAINING", f, 0);
            Finding finding = Evaluate.Project(p)["XY-3-2-CROSS-BORDER-TRAINING"];
            Assert.Equal(Outcome.NotMet, finding.Outcome);
            Assert.Contains($"功能:缺少 {f}", finding.Message.ZhCn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("XY-1-2-STANDARD-PRODUCTS", "知名企业电商平台供应链基地")]
    [InlineData("XY-1-2-STANDARD-PRODUCTS", "准入、准出、监督、处罚产业管理机制")]
    [InlineData("XY-2-4-SHOWROOMS", "安排专人或委托销售")]
    [InlineData("XY-2-5-FINANCE-CENTRE", "简化授信流程")]
    [InlineData("XY-4-3-NET-PRODUCTS", "符合国家相关法律法规要求")]
    [InlineData("XY-4-7-PROMO-VIDEO", "符合国家级媒体投放要求")]
    [InlineData("XY-4-8-WEEKLY-LIVE", "主要销售乡村e镇及项目规划区域内的农特产品")]
    [InlineData("XY-5-1-TRAINING-BASE", "教学手提电脑")] // the heading's list: 具备会议桌椅、大屏显示、话筒音箱、教学手提电脑等基本的培训设备
    [InlineData("XY-5-5-CONTEST", "获奖主体长期持续服务")]
    [InlineData("XY-6-1-SERVICE-CENTRE", "功能区域管理制度、管理流程和管理日志")]
    [InlineData("XY-7-1-LOGISTICS-CENTRE", "统仓共配、降本提速")]
    [InlineData("XY-7-2-DELIVERY", "县城到镇、村的快递配送线路")]
    [InlineData("XY-8-2-MEDIA-MATRIX", "对接省、市级主流新闻媒体资源")]
    public void Evaluate_BasicRequirementFlagMissing_NotMetNamingIt(string id, string flag)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().WithItem(id, flag, 0);

        Finding f = Evaluate.Project(p)[id];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains(flag, f.Message.ZhCn, StringComparison.Ordinal);
    }
}
