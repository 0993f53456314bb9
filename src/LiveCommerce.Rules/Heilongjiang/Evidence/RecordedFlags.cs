namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>Recorded yes/no facts read together for one clause that needs them all.</summary>
internal static class RecordedFlags
{
    /// <summary>Both done: <see langword="true"/>; either not done: <see langword="false"/> (a recorded refusal decides even
    /// beside a gap); otherwise not recorded, <see langword="null"/>.</summary>
    public static bool? Both(bool? first, bool? second) =>
        first == false || second == false ? false
        : first == true && second == true ? true
        : null;
}
