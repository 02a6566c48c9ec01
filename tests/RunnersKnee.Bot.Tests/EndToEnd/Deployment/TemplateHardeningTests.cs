using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The compiled template's defences and eyes: no basic-auth publishing, Direct Line enhanced authentication for the
/// web chat page, Application Insights on a workspace, and the platform's logs sent to that workspace.
/// </summary>
public sealed class TemplateHardeningTests
{
    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void WebApp_BasicPublishingCredentials_AreOff(string policy)
    {
        var policies = ArmTemplate.LoadCommitted().ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        var found = policies.Single(p => ((string?)p["name"])!.Contains($"'{policy}'", StringComparison.Ordinal));

        Assert.False((bool)found["properties"]!["allow"]!);
    }

    [Fact]
    public void DirectLine_Site_UsesEnhancedAuthenticationTrustingOnlyTheWebApp()
    {
        var template = ArmTemplate.LoadCommitted();
        var channel = template.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .Single(c => (string?)c["properties"]!["channelName"] == "DirectLineChannel");
        var site = channel["properties"]!["properties"]!["sites"]!.AsArray().Single()!;
        var botModule = template.Root["resources"]!["bot"]!;

        Assert.True((bool)site["isSecureSiteEnabled"]!);
        Assert.Equal(["[parameters('webChatOrigin')]"], site["trustedOrigins"]!.AsArray().Select(o => (string?)o));
        Assert.Equal(
            "[format('https://{0}', reference('webApp').outputs.hostName.value)]",
            (string?)botModule["properties"]!["parameters"]!["webChatOrigin"]!["value"]);
    }

    [Fact]
    public void AppInsights_IsWorkspaceBasedAndItsConnectionStringIsAnAppSetting()
    {
        var template = ArmTemplate.LoadCommitted();
        var components = template.ResourcesOfType("Microsoft.Insights/components").Single();

        Assert.Single(template.ResourcesOfType("Microsoft.OperationalInsights/workspaces"));
        Assert.Equal(
            "[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]",
            (string?)components["properties"]!["WorkspaceResourceId"]);
        Assert.Equal(
            "[parameters('appInsightsConnectionString')]",
            (string?)AppSettingSource.Candidates(template)["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Contains(
            "Microsoft.Insights/components",
            AppSettingSource.ProducingOutput(template, "APPLICATIONINSIGHTS_CONNECTION_STRING"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.Web/sites", "AppServiceHTTPLogs")]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices", "StorageWrite")]
    [InlineData("Microsoft.Storage/storageAccounts/queueServices", "StorageWrite")]
    [InlineData("Microsoft.KeyVault/vaults", "AuditEvent")]
    public void DiagnosticSettings_SendTheResourcesLogsToTheWorkspace(string scopeType, string category)
    {
        var template = ArmTemplate.LoadCommitted();

        var setting = template.ResourcesOfType("Microsoft.Insights/diagnosticSettings")
            .Single(s => ((string?)s["scope"])!.StartsWith($"[resourceId('{scopeType}',", StringComparison.Ordinal));

        Assert.Equal("[parameters('workspaceId')]", (string?)setting["properties"]!["workspaceId"]);
        Assert.Contains(category, Categories(setting));
    }

    [Fact]
    public void DiagnosticSettings_WorkspaceParameter_IsTheMonitoringWorkspace()
    {
        var modules = ArmTemplate.LoadCommitted().Root["resources"]!.AsObject()
            .Where(r => r.Value!["properties"]?["parameters"]?["workspaceId"] is not null)
            .ToList();

        Assert.Equal(["keyVault", "storage", "webApp"], modules.Select(m => m.Key).Order(StringComparer.Ordinal));
        Assert.All(modules, m => Assert.Equal(
            "[reference('monitoring').outputs.workspaceId.value]",
            (string?)m.Value!["properties"]!["parameters"]!["workspaceId"]!["value"]));
    }

    private static IEnumerable<string> Categories(JsonObject setting) =>
        setting["properties"]!["logs"]!.AsArray().Select(l => (string?)l!["category"]).OfType<string>();
}
