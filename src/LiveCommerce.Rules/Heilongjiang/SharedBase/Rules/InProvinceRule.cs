using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 四、创建对象 黑龙江省内直播电商(电子商务)基地(园区): the base is in Heilongjiang, read from the city it applies in, which must be
/// one of the province's thirteen 市(地) (written with or without 市/地区).
/// </summary>
internal sealed class InProvinceRule() : Rule<SharedBaseApplication>(SharedBaseClauses.InProvince)
{
    /// <summary>Heilongjiang's prefecture-level divisions (12 市 and 大兴安岭地区), without their suffix.</summary>
    private static readonly string[] Prefectures =
        ["哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "绥化", "大兴安岭"];

    /// <summary>Whether <paramref name="city"/> names one of Heilongjiang's 市(地).</summary>
    public static bool IsInHeilongjiang(string city)
    {
        string name = city.Trim();
        if (name.StartsWith("黑龙江省", StringComparison.Ordinal))
        {
            name = name["黑龙江省".Length..];
        }

        if (name.EndsWith("地区", StringComparison.Ordinal))
        {
            name = name[..^2];
        }
        else if (name.EndsWith('市'))
        {
            name = name[..^1];
        }

        return Array.IndexOf(Prefectures, name) >= 0;
    }

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf) => Flag(IsInHeilongjiang(facts.City));

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision)
    {
        string city = facts.City;
        return decision.Outcome == Outcome.Met
            ? Text.Of($"基地位于黑龙江省{city}", $"The base is in {city}, Heilongjiang")
            : Text.Of($"“{city}”不是黑龙江省的市(地):创建对象为黑龙江省内基地(园区)", $"'{city}' is not a city (市(地)) of Heilongjiang: only bases in the province may apply");
    }
}
