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

    // Boxed only when thrown: the value is formatted into the exception.
    internal static void CheckArgumentRange<T>(string paramName, T value, T minInclusive, T maxInclusive)
        where T : System.Numerics.INumber<T>
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
