using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The compiled template keeps every secret in Key Vault: app settings carry Key Vault references, the vault grants
/// access by Azure RBAC only, and the web app's own identity is the one allowed to read the secrets.
/// </summary>
public sealed class TemplateSecretsTests
{
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    [Theory]
    [InlineData("MicrosoftAppPassword", "MicrosoftAppPassword")]
    [InlineData("DirectLine__Secret", "DirectLineSecret")]
    [InlineData("Storage__Blob__ConnectionString", "StorageConnectionString")]
    public void AppSetting_Secret_IsAKeyVaultReference(string setting, string secretName)
    {
        var template = ArmTemplate.LoadCommitted();

        var value = AppSettingSource.ProducingOutput(template, setting);

        Assert.NotNull(value);
        Assert.Contains("'@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)'", value, StringComparison.Ordinal);
        Assert.Contains("Microsoft.KeyVault/vaults", value, StringComparison.Ordinal);
        var secretNames = AppSettingSource.Producer(template, setting)["variables"]!.AsObject()
            .Where(v => value.Contains($"variables('{v.Key}')", StringComparison.Ordinal))
            .Select(v => (string?)v.Value);
        Assert.Contains(secretName, secretNames);
    }

    [Fact]
    public void AppSettings_NoValue_ComesFromASecureParameterOrAListFunction()
    {
        var template = ArmTemplate.LoadCommitted();
        var (deployment, module) = AppSettingSource.AppSettingsModule(template);

        var secureParameters = module["parameters"]!.AsObject()
            .Where(p => (string?)p.Value!["type"] is "securestring" or "secureObject")
            .Select(p => p.Key)
            .ToList();
        var passedValues = deployment["properties"]!["parameters"]!.ToJsonString();

        Assert.Empty(secureParameters);
        Assert.DoesNotContain("listKeys(", passedValues, StringComparison.Ordinal);
        Assert.DoesNotContain("listChannelWithKeys(", passedValues, StringComparison.Ordinal);
        Assert.DoesNotContain("parameters('microsoftAppPassword')", passedValues, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_Vault_UsesRbacAuthorizationWithSoftDelete()
    {
        var vault = ArmTemplate.LoadCommitted().ResourcesOfType("Microsoft.KeyVault/vaults").Single(r => r["existing"] is null);
        var properties = vault["properties"]!;

        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.Null(properties["accessPolicies"]);
    }

    [Fact]
    public void KeyVault_SecretsUserRole_IsGrantedToTheWebAppsSystemIdentityOnTheVault()
    {
        var template = ArmTemplate.LoadCommitted();
        var grant = template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Single(r => ((string?)r["properties"]!["roleDefinitionId"])!.Contains("keyVaultSecretsUser", StringComparison.Ordinal));
        var secretsModule = template.Root["resources"]!["appSecrets"]!;

        Assert.Equal(KeyVaultSecretsUser, (string?)secretsModule["properties"]!["template"]!["variables"]!["keyVaultSecretsUser"]);
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', parameters('vaultName'))]", (string?)grant["scope"]);
        Assert.Equal("ServicePrincipal", (string?)grant["properties"]!["principalType"]);
        Assert.Equal("[parameters('webAppPrincipalId')]", (string?)grant["properties"]!["principalId"]);
        Assert.Equal("[reference('webApp').outputs.principalId.value]", (string?)secretsModule["properties"]!["parameters"]!["webAppPrincipalId"]!["value"]);

        var site = template.ResourcesOfType("Microsoft.Web/sites").Single(r => r["existing"] is null);
        Assert.Contains("SystemAssigned", site["identity"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("SystemAssigned", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void KeyVault_DirectLineSecret_IsReadFromTheBotsDirectLineChannel()
    {
        var secret = ArmTemplate.LoadCommitted().ResourcesOfType("Microsoft.KeyVault/vaults/secrets")
            .Single(r => ((string?)r["name"])!.Contains("directLineName", StringComparison.Ordinal));

        Assert.Matches(
            @"^\[listChannelWithKeys\(resourceId\('Microsoft\.BotService/botServices/channels', parameters\('botName'\), 'DirectLineChannel'\), '[0-9-]+'\)\.properties\.properties\.sites\[0\]\.key\]$",
            (string?)secret["properties"]!["value"]);
    }

    [Fact]
    public void Outputs_NoneCarriesASecretValue()
    {
        var template = ArmTemplate.LoadCommitted();

        foreach (var nested in template.Resources().Select(r => r.Resource["properties"]).OfType<JsonObject>().Select(p => p["template"]).OfType<JsonObject>())
        {
            var outputs = nested["outputs"]?.ToJsonString() ?? "";
            Assert.DoesNotContain("listChannelWithKeys", outputs, StringComparison.Ordinal);
            Assert.DoesNotContain("listKeys", outputs, StringComparison.Ordinal);
            Assert.DoesNotContain("parameters('microsoftAppPassword')", outputs, StringComparison.Ordinal);
            Assert.DoesNotContain("parameters('storageConnectionString')", outputs, StringComparison.Ordinal);
        }
    }
}
