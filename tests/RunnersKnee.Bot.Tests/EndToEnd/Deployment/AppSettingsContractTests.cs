using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

public sealed partial class AppSettingsContractTests
{
    /// <summary>Settings read by ASP.NET Core or App Service itself rather than by our options classes.</summary>
    private static readonly Dictionary<string, string> PlatformSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "chosen by ASP.NET Core hosting",
        ["WEBSITE_*"] = "App Service platform settings",

        // Read straight from configuration by the telemetry set-up (no options class), like the OTEL_* variables.
        [RunnersKnee.Bot.Telemetry.TelemetryServiceCollectionExtensions.AzureMonitorSetting] = "the Azure Monitor exporter",
    };

    [Fact]
    public void TemplateAppSettings_EveryKey_IsReadByTheBot()
    {
        var botKeys = BotConfigurationKeys.All;

        var unread = TemplateKeys()
            .Where(key => !botKeys.Contains(key) && !IsPlatformSetting(key))
            .ToList();

        Assert.True(unread.Count == 0, $"The template writes settings the bot never reads: {string.Join(", ", unread)}. Bot keys: {string.Join(", ", botKeys.Order())}");
    }

    [Fact]
    public void TemplateAppSettings_Keys_IncludeIdentityAndStorageAzureNeeds()
    {
        var keys = TemplateKeys();

        Assert.Superset(
            new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Storage:Provider", "Storage:Blob:AccountUrl",
            },
            keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void TemplateAppSettings_StorageProvider_IsBlob()
    {
        Assert.Equal("Blob", (string?)AppSettingCandidates()["Storage__Provider"]);
    }

    [Fact]
    public void BotConfigurationKeys_Reflection_FindsRootIdentityAndSectionKeys()
    {
        Assert.Contains("MicrosoftAppId", BotConfigurationKeys.All);
        Assert.Contains("Storage:Provider", BotConfigurationKeys.All);
        Assert.Contains("Storage:File:Directory", BotConfigurationKeys.All);
        Assert.DoesNotContain("IsAnonymous", BotConfigurationKeys.All);
    }

    private static List<string> TemplateKeys() =>
        AppSettingCandidates().Select(p => p.Key.Replace("__", ":", StringComparison.Ordinal)).ToList();

    /// <summary>The object the web app's <c>appsettings</c> resource is built from, found through that resource.</summary>
    private static JsonObject AppSettingCandidates()
    {
        var (resource, template) = ArmTemplate.LoadCommitted().Resources()
            .Single(r => (string?)r.Resource["type"] == "Microsoft.Web/sites/config" && ((string?)r.Resource["name"])!.Contains("appsettings", StringComparison.Ordinal));
        var expression = resource["properties"]!.GetValue<string>();
        var variable = VariableReference().Match(expression);
        Assert.True(variable.Success, $"appsettings are not built from a variable: {expression}");
        return template["variables"]![variable.Groups[1].Value]!.AsObject();
    }

    private static bool IsPlatformSetting(string key) =>
        PlatformSettings.Keys.Any(p => p.EndsWith('*') ? key.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase) : string.Equals(p, key, StringComparison.OrdinalIgnoreCase));

    private static string Section(string key) => key[..key.LastIndexOf(':')];

    [GeneratedRegex(@"variables\('([A-Za-z0-9_]+)'\)")]
    private static partial Regex VariableReference();
}
