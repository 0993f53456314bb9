using System.Reflection;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;

namespace LiveCommerce.Rules.Tests.Design;

/// <summary>Design rules enforced by reflection, as NodaTime does: every public type is immutable.</summary>
public class ImmutabilityTests
{
    // The options class is mutable by design: the options pattern binds configuration into it.
    private static readonly Type[] MutableByDesign = [typeof(LiveCommerceRulesOptions)];

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrMutableFields()
    {
        var offenders = new List<string>();
        foreach (Type type in typeof(RuleCatalog).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !MutableByDesign.Contains(t)))
        {
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.Name}.{p.Name} has a public setter");
                }
            }

            foreach (FieldInfo f in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!f.IsInitOnly && !f.IsLiteral)
                {
                    offenders.Add($"{type.Name}.{f.Name} is a mutable public field");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicValueTypes_AreReadOnly()
    {
        IEnumerable<Type> mutable = typeof(RuleCatalog).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.GetCustomAttributes().Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"));

        Assert.Empty(mutable);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
