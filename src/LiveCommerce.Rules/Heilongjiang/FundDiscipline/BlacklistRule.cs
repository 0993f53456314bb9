using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.FundDiscipline;

/// <summary>
/// 申报单位列入黑名单,五年之内不得再申请财政相关补助: a reusable rule any Heilongjiang programme applies to its applicants.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
/// <remarks>
/// <para>The bar runs from the blacklisting date to its fifth anniversary, both included: the period in years begins the day
/// after the blacklisting and ends on the corresponding day five years later (Civil Code arts. 201, 202; a 29 February
/// blacklisting ends on 28 February), and 之内 includes that last day (art. 1259). The applicant may apply again from the
/// day after the fifth anniversary.</para>
/// <para>The date checked is the application date when the facts give one, otherwise the as-of date. A blacklisting dated
/// after the application also fails it: the document cancels the qualification once fraud is found (一旦发现将取消申报资格).</para>
/// </remarks>
internal sealed class BlacklistRule<TFacts> : Rule<TFacts>
{
    /// <summary>Length of the bar in years.</summary>
    public const int BarYears = 5;

    private readonly Func<TFacts, DateOnly?> blacklistedOn;
    private readonly Func<TFacts, DateOnly, DateOnly> applicationDate;

    public BlacklistRule(RuleDescriptor descriptor, Func<TFacts, DateOnly?> blacklistedOn, Func<TFacts, DateOnly, DateOnly>? applicationDate = null)
        : base(descriptor)
    {
        this.blacklistedOn = blacklistedOn;
        this.applicationDate = applicationDate ?? ((_, asOf) => asOf);
    }

    /// <summary>The last day of the bar: the fifth anniversary of <paramref name="blacklisted"/> (28 February for 29 February).</summary>
    public static DateOnly LastBarredDay(DateOnly blacklisted) => blacklisted.AddYears(BarYears);

    /// <summary>Whether an applicant blacklisted on <paramref name="blacklisted"/> may apply on <paramref name="applied"/>.</summary>
    public static bool MayApply(DateOnly? blacklisted, DateOnly applied) =>
        blacklisted is not { } d || (d.Year <= DateOnly.MaxValue.Year - BarYears && applied > LastBarredDay(d));

    public override Decision Decide(TFacts facts, DateOnly asOf) => Flag(MayApply(blacklistedOn(facts), applicationDate(facts, asOf)));

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision)
    {
        DateOnly applied = applicationDate(facts, asOf);
        if (blacklistedOn(facts) is not { } d)
        {
            return Text.Of($"未列入黑名单(申请日期 {applied:yyyy-MM-dd})", $"Not blacklisted (application date {applied:yyyy-MM-dd})");
        }

        if (MayApply(d, applied))
        {
            DateOnly last = LastBarredDay(d);
            return Text.Of(
                $"{d:yyyy-MM-dd} 列入黑名单,五年限制期至 {last:yyyy-MM-dd} 已届满,申请日期 {applied:yyyy-MM-dd} 可再申请",
                $"Blacklisted on {d:yyyy-MM-dd}; the five-year bar ended on {last:yyyy-MM-dd}, so the application dated {applied:yyyy-MM-dd} is allowed");
        }

        if (applied < d)
        {
            return Text.Of(
                $"申请后于 {d:yyyy-MM-dd} 被列入黑名单,取消申报资格",
                $"Blacklisted on {d:yyyy-MM-dd}, after applying: the qualification is cancelled");
        }

        string until = d.Year <= DateOnly.MaxValue.Year - BarYears ? LastBarredDay(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "9999-12-31";
        return Text.Of(
            $"{d:yyyy-MM-dd} 列入黑名单,五年之内(至 {until},含当日)不得再申请财政相关补助;申请日期 {applied:yyyy-MM-dd}",
            $"Blacklisted on {d:yyyy-MM-dd}: no fiscal subsidy application within five years (through {until} inclusive); application date {applied:yyyy-MM-dd}");
    }
}
