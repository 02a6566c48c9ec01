using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Tests.Authentication;

/// <summary>Each identity that cannot work is refused with the configuration key that fixes it.</summary>
public sealed class BotAuthenticationOptionsValidatorTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void Validate_NoAppIdOutsideProduction_Succeeds(string environment)
    {
        Assert.True(Validate(new BotAuthenticationOptions(), environment).Succeeded);
    }

    [Fact]
    public void Validate_NoAppIdInProduction_FailsNamingBothWaysOut()
    {
        var result = Validate(new BotAuthenticationOptions(), Environments.Production);

        Assert.Contains("Set MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("BotAuthentication:AllowAnonymous=true", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAppIdInProductionWithOptIn_Succeeds()
    {
        var options = new BotAuthenticationOptions { BotAuthentication = { AllowAnonymous = true } };

        Assert.True(Validate(options, Environments.Production).Succeeded);
    }

    [Theory]
    [InlineData(null, "secret", null, null)]
    [InlineData("", "secret", null, null)]
    [InlineData("somethingElse", "secret", null, null)]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant")]
    [InlineData("SingleTenant", "secret", Tenant, null)]
    [InlineData("singletenant", "secret", null, "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")]
    [InlineData("SingleTenant", null, Tenant, "MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant")]
    [InlineData("UserAssignedMSI", null, Tenant, null)]
    [InlineData("UserAssignedMsi", null, null, "MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI")]
    [InlineData("UserAssignedMSI", "secret", Tenant, "MicrosoftAppPassword (and BotAuthentication:CertificatePath) must be empty")]
    public void Validate_AppTypeCombination_NamesMissingKey(string? appType, string? password, string? tenant, string? expectedFailure)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        };

        var result = Validate(options, Environments.Production);

        if (expectedFailure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Contains(expectedFailure, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_CertificateInsteadOfPassword_Succeeds()
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = AppId, BotAuthentication = { CertificatePath = "/secrets/bot.pfx" } };

        Assert.True(Validate(options, Environments.Production).Succeeded);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://127.0.0.1:5001/v1/.well-known/openidconfiguration", true)]
    [InlineData("not a url", false)]
    public void Validate_MetadataUrl_RequiresHttpsExceptOnLoopback(string url, bool valid)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret", BotAuthentication = { ChannelMetadataUrl = url } };

        var result = Validate(options, Environments.Production);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("BotAuthentication:ChannelMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_RefreshLongerThanADay_Fails()
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            BotAuthentication = { MetadataRefreshInterval = TimeSpan.FromDays(2) },
        };

        Assert.Contains("BotAuthentication:MetadataRefreshInterval", Validate(options, Environments.Production).FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BotAuthenticationOptions options, string environment) =>
        new BotAuthenticationOptionsValidator(new Environment(environment)).Validate(null, options);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
