using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.FundDiscipline;
using LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase;

/// <summary>
/// The Heilongjiang regional shared-base demonstration, per applicant: a base in the province (<c>HLJ-BASE-IN-PROVINCE</c>,
/// 四、创建对象), the nine basic criteria ①–⑨ of
/// 六、(一) 申报条件 (rule ids <c>HLJ-BASE-OPERATOR</c> … <c>HLJ-BASE-RURAL-PROJECT</c>), and the fraud blacklist of 七、(三)
/// (<c>HLJ-ACT-TARGET-BLACKLIST</c>, shared with the enterprise-assistance action).
/// </summary>
/// <remarks>Immutable and thread-safe. Thresholds may be tightened through parameters, never loosened.</remarks>
public sealed class SharedBaseRuleSet : RuleSet<SharedBaseRuleSet, SharedBaseApplication>, IRuleSetDeclaration<SharedBaseRuleSet>
{
    /// <summary>The rule set id.</summary>
    public const string RuleSetId = "hlj-shared-base";

    /// <summary>The 2022 months the monthly means cover.</summary>
    public static readonly DateWindow Year2022 = DateWindow.OfYear(2022);

    /// <summary>The fixed description.</summary>
    public static RuleSetInfo Description { get; } = HeilongjiangDocuments.SharedBaseScope.Describe(
        RuleSetId,
        "1.2.0",
        new LocalizedText("区域直播电商共享基地(园区)示范创建:申报条件", "Regional live-commerce shared base demonstration: applicant criteria"),
        new Deadline(SharedBaseClauses.CreationWindow.End, new LocalizedText("示范创建", "the demonstration creation")))
        with { EffectiveWindow = SharedBaseClauses.CreationWindow };

    /// <summary>The parameters with the document's defaults.</summary>
    public static ImmutableArray<ParameterDefinition> ParameterDefinitions { get; } = RuleDescriptor.ParametersOf(
        SharedBaseClauses.Operator, SharedBaseClauses.Area, SharedBaseClauses.Tenants, SharedBaseClauses.LiveRooms, SharedBaseClauses.Retail, SharedBaseClauses.Investment);

    private SharedBaseRuleSet(ParameterSet overrides)
        : base(overrides)
    {
    }

    static SharedBaseRuleSet IRuleSetDeclaration<SharedBaseRuleSet>.New(ParameterSet overrides) => new(overrides);

    private protected override JsonTypeInfo<SharedBaseApplication> FactsTypeInfo => JsonContext.Default.SharedBaseApplication;

    private protected override ImmutableArray<Rule<SharedBaseApplication>> BuildRules() =>
    [
        new InProvinceRule(),
        new OperatorRule(Parameters.ThresholdOf(SharedBaseClauses.Operator)),
        new BuildingAreaRule(Parameters.ThresholdOf(SharedBaseClauses.Area)),
        MonthlyMeanRule.Tenants(Parameters.ThresholdOf(SharedBaseClauses.Tenants)),
        MonthlyMeanRule.LiveRooms(Parameters.ThresholdOf(SharedBaseClauses.LiveRooms)),
        new OnlineRetailRule(Parameters.ThresholdOf(SharedBaseClauses.Retail)),
        new InvestmentRule(Parameters.ThresholdOf(SharedBaseClauses.Investment)),
        new AuditReportRule(),
        new FlagRule<SharedBaseApplication>(SharedBaseClauses.Commitment, static f => f.AuthenticityCommitmentSigned),
        new FlagRule<SharedBaseApplication>(SharedBaseClauses.NoDoubleSupport, static f => !f.PreviouslySupportedAsProvincialBase),
        new RuralProjectAcceptanceRule(),
        new BlacklistRule<SharedBaseApplication>(FundDisciplineClauses.SharedBase, f => f.BlacklistedOn),
    ];

    private protected override void ValidateFacts(SharedBaseApplication facts, ValidationCollector problems)
    {
        FactsChecks.NotBlank(facts.BaseName, "$.baseName", problems);
        FactsChecks.NotBlank(facts.City, "$.city", problems);
        bool present = FactsChecks.NotNull(facts.Operator, "$.operator", problems);
        present &= FactsChecks.NoNullItems(facts.Monthly2022, "$.monthly2022", problems);
        present &= FactsChecks.NoNullItems(facts.Investments, "$.investments", problems);
        present &= FactsChecks.NotNull(facts.AuditReport, "$.auditReport", problems);
        if (!present)
        {
            return;
        }

        FactsChecks.NotBlank(facts.Operator.Name, "$.operator.name", problems);
        FactsChecks.MonthlySeries(facts.Monthly2022, static m => m.Month, Year2022.FirstMonth, Year2022.LastMonth, "$.monthly2022", problems);
        for (int i = 0; i < facts.Monthly2022.Length; i++)
        {
            MonthlyOccupancy m = facts.Monthly2022[i];
            if (m.LiveRooms > 100_000 || m.Tenants > 100_000)
            {
                problems.Add($"$.monthly2022[{i}]", "range", "每月入驻企业数和直播间数均不应超过 100,000", "Monthly tenants and live rooms must each be at most 100,000.");
            }
        }

        for (int i = 0; i < facts.Investments.Length; i++)
        {
            Investment investment = facts.Investments[i];
            if (investment.Amount < Money.Zero)
            {
                problems.Add($"$.investments[{i}].amount", "negative", "投资额不能为负数", "An investment amount must not be negative.");
            }
        }

        FactsChecks.TotalInRange(facts.Investments, static i => i.Amount.Yuan, "$.investments", "投资额", "investments", problems);

        if (facts.Investments.Length > 10_000)
        {
            problems.Add("$.investments", "too-many-items", "投资记录最多 10,000 笔", "At most 10,000 investments may be listed.");
        }

        if (facts.RuralDemonstrationFunding is { Funded: false, NationalAcceptanceDate: not null })
        {
            problems.Add("$.ruralDemonstrationFunding.nationalAcceptanceDate", "inconsistent", "未获专项资金扶持时不应填写验收日期", "An acceptance date is given but the project is marked as not funded.");
        }
    }
}
