using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Safety;

/// <summary>
/// The emergency and crisis numbers by region (<c>Content/Safety/care-routes.json</c>), chosen from the client's
/// country (Teams and Web Chat send a <c>clientInfo</c> entity) or else the activity's locale, with a default that
/// lists the common numbers.
/// </summary>
public sealed class CareRoutes
{
    public const string ContentPath = "Safety/care-routes.json";

    private readonly Dictionary<string, CareRoute> _regions = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _europeanUnion = new(StringComparer.OrdinalIgnoreCase);

    public CareRoutes()
        : this(ContentFiles.Open(ContentPath))
    {
    }

    internal CareRoutes(Stream content)
    {
        using (content)
        {
            var root = JsonDocument.Parse(content).RootElement;
            foreach (var region in root.GetProperty("regions").EnumerateObject())
            {
                _regions[region.Name] = Read(region.Value, region.Name);
            }

            foreach (var country in root.GetProperty("europeanUnion").EnumerateArray())
            {
                _europeanUnion.Add(country.GetString() ?? throw new InvalidOperationException($"{ContentPath}: europeanUnion lists an empty country."));
            }

            Default = Read(root.GetProperty("default"), "default");
        }

        if (!_regions.ContainsKey("EU"))
        {
            throw new InvalidOperationException($"{ContentPath}: the 'EU' region is missing (it serves every country in europeanUnion).");
        }
    }

    public CareRoute Default { get; }

    /// <summary>The route for the person who sent <paramref name="activity"/>.</summary>
    public CareRoute For(Activity activity) => ForRegion(CountryOf(activity)).In(activity.Locale);

    public CareRoute ForRegion(string? country) =>
        country is null ? Default
        : _regions.TryGetValue(country, out var route) ? route
        : _europeanUnion.Contains(country) ? _regions["EU"]
        : Default;

    private static string? CountryOf(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "clientInfo" && entity.Properties?.TryGetValue("country", out var country) == true
                && country.ValueKind == JsonValueKind.String && country.GetString() is { Length: 2 } code)
            {
                return code;
            }
        }

        // "en-GB" → GB; "es" alone names no region.
        var locale = activity.Locale;
        var dash = locale?.LastIndexOf('-') ?? -1;
        return dash > 0 && locale!.Length - dash - 1 == 2 ? locale[(dash + 1)..] : null;
    }

    // An entry is its numbers in English, and optionally, per language, the wording that is more than a number.
    private static CareRoute Read(JsonElement entry, string name)
    {
        var route = Numbers(entry, name, fallback: null);
        var translations = entry.EnumerateObject()
            .Where(property => property.Value.ValueKind == JsonValueKind.Object)
            .ToDictionary(property => property.Name, property => Numbers(property.Value, $"{name}.{property.Name}", route), StringComparer.OrdinalIgnoreCase);
        return translations.Count == 0 ? route : route with { Translations = translations };
    }

    private static CareRoute Numbers(JsonElement entry, string name, CareRoute? fallback)
    {
        var emergency = entry.TryGetProperty("emergency", out var e) ? e.GetString() : fallback?.Emergency;
        var crisis = entry.TryGetProperty("crisis", out var c) ? c.GetString() : fallback?.Crisis;
        return string.IsNullOrWhiteSpace(emergency) || string.IsNullOrWhiteSpace(crisis)
            ? throw new InvalidOperationException($"{ContentPath}: '{name}' needs both an emergency number and a crisis line.")
            : new CareRoute(emergency, crisis);
    }
}
