namespace LiveCommerce.Rules.Primitives;

/// <summary>
/// Marks a partial primitive whose <c>Equals(object)</c> and <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>,
/// <c>&gt;=</c> are generated (LiveCommerce.Rules.Generators) from its <c>Equals(T)</c> and <c>CompareTo(T)</c>; with a
/// key, those two and <c>GetHashCode()</c> are generated from the key as well.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class OrderedValueAttribute : Attribute
{
    /// <summary>The struct writes its own <c>Equals(T)</c>, <c>GetHashCode()</c> and <c>CompareTo(T)</c>.</summary>
    public OrderedValueAttribute()
    {
    }

    /// <summary>Equality, hash and order are those of the field or property <paramref name="key"/>.</summary>
    public OrderedValueAttribute(string key) => Key = key;

    /// <summary>The field or property whose equality and order are the value's, if the struct does not write its own.</summary>
    public string? Key { get; }
}
