using System.Collections;
using System.Collections.Immutable;

namespace LiveCommerce.Rules.Primitives;

/// <summary>
/// One value for every month of a window, in order: no month missing, none twice, none outside the window.
/// </summary>
/// <typeparam name="T">The monthly value.</typeparam>
/// <remarks>An instance that exists is complete; build one with <see cref="MonthlySeries.Create{T}"/> or check
/// candidate months first with <see cref="MonthlySeries.FindProblems"/>. Immutable and thread-safe.</remarks>
public sealed class MonthlySeries<T> : IReadOnlyList<KeyValuePair<YearMonth, T>>
{
    private readonly ImmutableArray<T> values;

    internal MonthlySeries(YearMonth first, ImmutableArray<T> values)
    {
        First = first;
        this.values = values;
    }

    /// <summary>The first month.</summary>
    public YearMonth First { get; }

    /// <summary>The last month.</summary>
    public YearMonth Last => First.PlusMonths(values.Length - 1);

    /// <summary>The number of months.</summary>
    public int Count => values.Length;

    /// <summary>The values in month order.</summary>
    public ImmutableArray<T> Values => values;

    /// <summary>The month and value at <paramref name="index"/>.</summary>
    public KeyValuePair<YearMonth, T> this[int index] => new(First.PlusMonths(index), values[index]);

    /// <summary>The value for <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the series.</exception>
    public T this[YearMonth month]
    {
        get
        {
            int i = YearMonth.MonthsBetween(First, month);
            Preconditions.CheckArgumentRange(nameof(month), i, 0, values.Length - 1);
            return values[i];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<YearMonth, T>> GetEnumerator()
    {
        for (int i = 0; i < values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Factory and checks for <see cref="MonthlySeries{T}"/>.</summary>
public static class MonthlySeries
{
    /// <summary>
    /// Lists what stops <paramref name="months"/> (given in input order) from being exactly the months
    /// <paramref name="first"/>..<paramref name="last"/>: each duplicate and out-of-window entry by its input index,
    /// and each missing month with index −1.
    /// </summary>
    public static IReadOnlyList<MonthProblem> FindProblems(IReadOnlyList<YearMonth> months, YearMonth first, YearMonth last)
    {
        ArgumentNullException.ThrowIfNull(months);
        var problems = new List<MonthProblem>();
        var seen = new HashSet<YearMonth>();
        for (int i = 0; i < months.Count; i++)
        {
            YearMonth m = months[i];
            if (m < first || m > last)
            {
                problems.Add(new MonthProblem(i, m, MonthProblemKind.OutsideWindow));
            }
            else if (!seen.Add(m))
            {
                problems.Add(new MonthProblem(i, m, MonthProblemKind.Duplicate));
            }
        }

        int count = YearMonth.MonthsBetween(first, last);
        for (int i = 0; i <= count; i++)
        {
            YearMonth m = first.PlusMonths(i);
            if (!seen.Contains(m))
            {
                problems.Add(new MonthProblem(-1, m, MonthProblemKind.Missing));
            }
        }

        return problems;
    }

    /// <summary>Creates the series for months <paramref name="first"/>..<paramref name="last"/> from entries in any order.</summary>
    /// <exception cref="ArgumentException">A month is missing, duplicated or outside the window.</exception>
    public static MonthlySeries<T> Create<T>(IReadOnlyList<KeyValuePair<YearMonth, T>> entries, YearMonth first, YearMonth last)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Preconditions.CheckArgument(first <= last, nameof(last), "The last month must not be before the first.");
        var months = new YearMonth[entries.Count];
        for (int i = 0; i < months.Length; i++)
        {
            months[i] = entries[i].Key;
        }

        IReadOnlyList<MonthProblem> problems = FindProblems(months, first, last);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "A monthly series needs exactly one value for each month: " + string.Join("; ", problems),
                nameof(entries));
        }

        var values = new T[YearMonth.MonthsBetween(first, last) + 1];
        foreach (KeyValuePair<YearMonth, T> entry in entries)
        {
            values[YearMonth.MonthsBetween(first, entry.Key)] = entry.Value;
        }

        return new MonthlySeries<T>(first, ImmutableArray.Create(values));
    }
}

/// <summary>Why a month cannot be part of a monthly series.</summary>
public enum MonthProblemKind
{
    /// <summary>The month appears more than once.</summary>
    Duplicate,

    /// <summary>The month is outside the series' window.</summary>
    OutsideWindow,

    /// <summary>No value is given for the month.</summary>
    Missing,
}

/// <summary>A month that stops a series from being complete.</summary>
/// <param name="Index">The entry's input index, or −1 for a missing month.</param>
/// <param name="Month">The month.</param>
/// <param name="Kind">What is wrong.</param>
public readonly record struct MonthProblem(int Index, YearMonth Month, MonthProblemKind Kind);
