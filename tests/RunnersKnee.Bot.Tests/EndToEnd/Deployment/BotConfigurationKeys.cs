using System.Reflection;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The configuration keys the bot binds, found by reflection: each <c>*Options</c> class with a
/// <c>public const string SectionName</c> gives <c>Section:Property</c> (nested option objects recurse), and
/// <see cref="BotAuthenticationOptions"/>' <c>MicrosoftApp*</c> properties are bound from the configuration root.
/// </summary>
internal static class BotConfigurationKeys
{
    private static readonly Assembly[] Assemblies = [typeof(Program).Assembly, typeof(BotAuthenticationOptions).Assembly, typeof(RunnersKnee.DirectLine.DirectLineOptions).Assembly];

    /// <summary>Bindable in the protocol layer but fixed by the app, so setting them changes nothing.</summary>
    private static readonly string[] FixedByTheApp = ["Turns:StateScope"];

    public static IReadOnlySet<string> All { get; } = Discover();

    private static HashSet<string> Discover()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                ? (string?)field.GetRawConstantValue()
                : null;
            if (type == typeof(BotAuthenticationOptions))
            {
                // Bound from the configuration root: the Microsoft* keys at the top, the rest under their own section.
                foreach (var property in BindableProperties(type))
                {
                    var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    if (IsLeaf(propertyType))
                    {
                        keys.Add(property.Name);
                    }
                    else
                    {
                        AddKeys(keys, property.Name, propertyType, depth: 0);
                    }
                }
            }
            else if (section is not null)
            {
                AddKeys(keys, section, type, depth: 0);
            }
        }

        keys.ExceptWith(FixedByTheApp);
        return keys;
    }

    private static void AddKeys(HashSet<string> keys, string prefix, Type type, int depth)
    {
        foreach (var property in BindableProperties(type))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsLeaf(propertyType) || depth > 4)
            {
                keys.Add(key);
            }
            else
            {
                AddKeys(keys, key, propertyType, depth + 1);
            }
        }
    }

    private static IEnumerable<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } || !IsLeaf(p.PropertyType));

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(DateOnly) || type == typeof(Uri) || type == typeof(Guid)
        || (Nullable.GetUnderlyingType(type) is { } inner && IsLeaf(inner))
        || typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
}
