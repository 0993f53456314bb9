namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// Exact facts about the value of a JSON number, read from its text (<c>12</c>, <c>12.0</c>, <c>1.2e1</c> are the same
/// number): whether it is whole, how many decimal places it needs. A <see cref="decimal"/> rounds digits beyond its 28th,
/// so these answers cannot be read from one; JSON Schema's <c>integer</c> and <c>multipleOf</c> are defined on the exact
/// value, and so are the reader's counts and amounts.
/// </summary>
internal static class JsonNumberText
{
    /// <summary>The value of <paramref name="number"/> (the text of a JSON number token) when it is a whole number that fits a <see cref="long"/>.</summary>
    public static bool TryGetWholeNumber(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        if (!TryAnalyse(number, out Shape shape))
        {
            return false;
        }

        if (shape.IsZero)
        {
            return true;
        }

        if (shape.LastPlace < 0 || shape.FirstPlace > 18)
        {
            return false; // a fraction, or at least 10^19
        }

        long magnitude = 0;
        foreach (byte c in number)
        {
            if (c is (byte)'e' or (byte)'E')
            {
                break;
            }

            if (c is >= (byte)'0' and <= (byte)'9')
            {
                int digit = c - '0';
                if (magnitude > (long.MaxValue - digit) / 10)
                {
                    return false;
                }

                magnitude = (magnitude * 10) + digit;
                if (--shape.DigitsToRead == 0)
                {
                    break;
                }
            }
        }

        // Then the power of ten of the last significant digit (the digits read include leading zeros, which add nothing).
        for (int i = 0; i < shape.LastPlace; i++)
        {
            if (magnitude > long.MaxValue / 10)
            {
                return false;
            }

            magnitude *= 10;
        }

        value = shape.Negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>Whether the value of <paramref name="number"/> is an exact multiple of 10^−<paramref name="places"/> (2: whole fen).</summary>
    public static bool HasAtMostDecimalPlaces(ReadOnlySpan<byte> number, int places) =>
        TryAnalyse(number, out Shape shape) && (shape.IsZero || shape.LastPlace >= -places);

    /// <summary>Where the significant digits of a number sit: the powers of ten of its first and last non-zero digits.</summary>
    private static bool TryAnalyse(ReadOnlySpan<byte> number, out Shape shape)
    {
        shape = default;
        int i = 0;
        if (i < number.Length && number[i] == (byte)'-')
        {
            shape.Negative = true;
            i++;
        }

        int integerDigits = 0, index = 0, first = -1, last = -1;
        bool fraction = false;
        for (; i < number.Length; i++)
        {
            byte c = number[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                if (c != (byte)'0')
                {
                    first = first < 0 ? index : first;
                    last = index;
                }

                index++;
                integerDigits += fraction ? 0 : 1;
            }
            else if (c == (byte)'.' && !fraction)
            {
                fraction = true;
            }
            else if (c is (byte)'e' or (byte)'E')
            {
                break;
            }
            else
            {
                return false;
            }
        }

        if (index == 0)
        {
            return false;
        }

        long exponent = 0;
        if (i < number.Length)
        {
            i++; // 'e'
            bool negativeExponent = false;
            if (i < number.Length && number[i] is (byte)'+' or (byte)'-')
            {
                negativeExponent = number[i] == (byte)'-';
                i++;
            }

            if (i == number.Length)
            {
                return false;
            }

            for (; i < number.Length; i++)
            {
                if (number[i] is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                exponent = Math.Min((exponent * 10) + (number[i] - '0'), 1_000_000_000); // 1e400 and beyond: far out of any range
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        if (first < 0)
        {
            shape.IsZero = true;
            return true;
        }

        shape.FirstPlace = integerDigits - 1 - first + exponent;
        shape.LastPlace = integerDigits - 1 - last + exponent;
        shape.DigitsToRead = last + 1;
        return true;
    }

    private struct Shape
    {
        public bool Negative;
        public bool IsZero;

        /// <summary>The power of ten of the first non-zero digit.</summary>
        public long FirstPlace;

        /// <summary>The power of ten of the last non-zero digit (negative: the number has a fraction).</summary>
        public long LastPlace;

        /// <summary>How many digits (from the first, zeros included) to read to reach the last non-zero one.</summary>
        public int DigitsToRead;
    }
}
