namespace LiveCommerce.Rules.Primitives;

/// <summary>The one guard helper: every value object validates through it, so messages read alike.</summary>
internal static class Preconditions
{
    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"Value should be in range [{minInclusive}-{maxInclusive}]"));
        }
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"Value should be in range [{minInclusive}-{maxInclusive}]"));
        }
    }

    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    /// <summary>Number of decimal places a value really needs (trailing zeros do not count).</summary>
    internal static int SignificantScale(decimal value)
    {
        value /= 1.000000000000000000000000000000000m; // strips trailing zeros
        return value.Scale;
    }
}
