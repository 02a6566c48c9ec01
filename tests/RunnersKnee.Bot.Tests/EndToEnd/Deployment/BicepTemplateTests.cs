using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

public sealed class BicepTemplateTests
{
    [Fact]
    public async Task Build_MainBicep_EqualsCommittedArmJson()
    {
        var compiled = ArmTemplate.WithoutGeneratorMetadata(JsonNode.Parse(await BicepCli.BuildMainAsync()));
        var committed = ArmTemplate.WithoutGeneratorMetadata(ArmTemplate.LoadCommitted().Root);

        Assert.True(
            JsonNode.DeepEquals(compiled, committed),
            "deploymentTemplates/main.json is stale: rebuild it with `bicep build deploymentTemplates/main.bicep` (see deploymentTemplates/README.md).");
    }

    [Fact]
    public async Task Lint_MainBicep_ReportsNoWarnings()
    {
        var result = await BicepCli.LintMainAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output.Trim());
    }

    [Fact]
    public void ParametersFile_Committed_NamesOnlyTemplateParametersAndNoSecrets()
    {
        var template = ArmTemplate.LoadCommitted().Root["parameters"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.DeploymentTemplates, "main.parameters.json")))!;

        var names = file["parameters"]!.AsObject().Select(p => p.Key).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(template.ContainsKey(name), $"{name} is not a parameter of main.bicep"));
        Assert.All(names, name => Assert.NotEqual("securestring", (string?)template[name]!["type"]));
    }

    [Fact]
    public void Parameters_Secrets_AreSecureStrings()
    {
        var parameters = ArmTemplate.LoadCommitted().Root["parameters"]!.AsObject();

        var secrets = parameters.Where(p => p.Key.Contains("Password", StringComparison.OrdinalIgnoreCase)
            || p.Key.Contains("Secret", StringComparison.OrdinalIgnoreCase)
            || p.Key.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase)).ToList();

        // The Direct Line secret is no parameter: the template reads it from the bot's channel into Key Vault.
        Assert.Equal(["microsoftAppPassword"], secrets.Select(p => p.Key));
        Assert.All(secrets, p => Assert.Equal("securestring", (string?)p.Value!["type"]));
    }

    [Fact]
    public void WebApp_SiteConfig_IsHttpsOnlyDotnet10WithWebSocketsAndAlwaysOn()
    {
        var site = ArmTemplate.LoadCommitted().ResourcesOfType("Microsoft.Web/sites").Single();
        var properties = site["properties"]!;
        var config = properties["siteConfig"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz/ready", (string?)config["healthCheckPath"]);
    }

    [Fact]
    public void Storage_Account_IsPrivateTls12HttpsOnlyWithStateContainerAndTimerQueue()
    {
        var template = ArmTemplate.LoadCommitted();
        var account = template.ResourcesOfType("Microsoft.Storage/storageAccounts").Single(r => r["existing"] is null);
        var properties = account["properties"]!;

        Assert.Equal("StorageV2", (string?)account["kind"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Single(template.ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Single(template.ResourcesOfType("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.Equal(2, template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Count(r => ((string?)r["scope"])!.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal)));
    }

    [Fact]
    public void AzureBot_Registration_PointsAtApiMessagesWithTeamsDirectLineAndWebChat()
    {
        var template = ArmTemplate.LoadCommitted();
        var bot = template.ResourcesOfType("Microsoft.BotService/botServices").Single();
        var botModule = template.ResourcesOfType("Microsoft.Resources/deployments")
            .Single(d => d["properties"]!["parameters"]!["endpoint"] is not null);

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal(
            "[format('https://{0}/api/messages', reference('webApp').outputs.hostName.value)]",
            (string?)botModule["properties"]!["parameters"]!["endpoint"]!["value"]);
        Assert.Equal(
            ["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"],
            template.ResourcesOfType("Microsoft.BotService/botServices/channels")
                .Select(c => (string?)c["properties"]!["channelName"]).Order(StringComparer.Ordinal));
    }
}
