using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase;

/// <summary>
/// The facts of one base's (园区's) application to the Heilongjiang regional shared-base demonstration: what criteria
/// ①–⑨ of 六、(一) 申报条件 are checked against.
/// </summary>
/// <remarks>JSON: camelCase, see docs/json-contract.md and docs/schemas/hlj-shared-base.facts.schema.json.</remarks>
public sealed record SharedBaseApplication
{
    /// <summary>The applicant base's name.</summary>
    public required string BaseName { get; init; }

    /// <summary>The city (市(地)) the base applies in.</summary>
    public required string City { get; init; }

    /// <summary>The operating and management organisation (运营管理机构): ① legal entity and start of formal operation.</summary>
    public required BaseOperator Operator { get; init; }

    /// <summary>② Building area (建筑面积).</summary>
    public required Area BuildingArea { get; init; }

    /// <summary>③ Tenant e-commerce enterprises and live rooms for each month of 2022: exactly twelve entries, 2022-01 to 2022-12
    /// (a month before operation began is given as zero).</summary>
    public required ImmutableArray<MonthlyOccupancy> Monthly2022 { get; init; }

    /// <summary>④ Online retail (网络零售额) from 2022-01-01 to 2022-12-31.</summary>
    public required Money OnlineRetail2022 { get; init; }

    /// <summary>⑤ E-commerce investments (电商投资): only those dated within 2020-11-01..2022-12-31 (and not after the as-of
    /// date) count; any other is listed in the finding's notes as left out.</summary>
    public required ImmutableArray<Investment> Investments { get; init; }

    /// <summary>⑥ The special audit report (专项审计报告).</summary>
    public required AuditReport AuditReport { get; init; }

    /// <summary>⑦ Whether the authenticity commitment letter (企业申报材料真实性承诺书) is signed.</summary>
    public required bool AuthenticityCommitmentSigned { get; init; }

    /// <summary>⑧ Whether the base already received provincial e-commerce demonstration base support (已获得省级电子商务示范基地政策扶持).</summary>
    public required bool PreviouslySupportedAsProvincialBase { get; init; }

    /// <summary>⑨ Funding from the national rural e-commerce demonstration county programme, if any.</summary>
    public RuralDemonstrationFunding? RuralDemonstrationFunding { get; init; }

    /// <summary>The date the applicant was blacklisted for fraud (列入黑名单), if it was: five years without fiscal subsidy
    /// (rule <c>HLJ-ACT-TARGET-BLACKLIST</c>, 七、(三)).</summary>
    public DateOnly? BlacklistedOn { get; init; }
}

/// <summary>The base's operating and management organisation.</summary>
public sealed record BaseOperator
{
    /// <summary>The organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it has legal-person status (具有法人资格).</summary>
    public required bool IsLegalEntity { get; init; }

    /// <summary>The date the base formally began operating (正式投入运营).</summary>
    public required DateOnly OperationStartDate { get; init; }
}

/// <summary>One month's occupancy of the base.</summary>
public sealed record MonthlyOccupancy
{
    /// <summary>The month.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>E-commerce enterprises resident (入驻电商企业数量).</summary>
    public required int Tenants { get; init; }

    /// <summary>Live-streaming rooms (直播间数量).</summary>
    public required int LiveRooms { get; init; }
}

/// <summary>One dated e-commerce investment.</summary>
public sealed record Investment
{
    /// <summary>The date of the investment.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The amount.</summary>
    public required Money Amount { get; init; }

    /// <summary>What was invested in.</summary>
    public string? Description { get; init; }
}

/// <summary>The special audit report required by criterion ⑥.</summary>
public sealed record AuditReport
{
    /// <summary>Whether a special audit report (专项审计报告) is provided.</summary>
    public required bool Provided { get; init; }

    /// <summary>Whether the issuing accounting firm is qualified to audit (具有审计资格的会计师事务所).</summary>
    public required bool FirmQualified { get; init; }

    /// <summary>Whether it covers the base's e-commerce investment.</summary>
    public required bool CoversInvestment { get; init; }

    /// <summary>Whether it covers the e-commerce enterprises' online retail.</summary>
    public required bool CoversOnlineRetail { get; init; }
}

/// <summary>Funding from the national rural e-commerce demonstration county programme (国家电子商务进农村综合示范县专项资金).</summary>
public sealed record RuralDemonstrationFunding
{
    /// <summary>Whether the project was funded by that programme.</summary>
    public required bool Funded { get; init; }

    /// <summary>The date the national project acceptance was passed (国家项目验收合格), if it was.</summary>
    public DateOnly? NationalAcceptanceDate { get; init; }
}
