using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.DirectLine;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>A bot whose identity cannot work must not start, and must say which key to set.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void Start_ProductionWithoutAppId_FailsNamingMicrosoftAppId()
    {
        var failure = StartFailure("Production", []);

        Assert.Contains("MicrosoftAppId", failure, StringComparison.Ordinal);
        Assert.Contains("BotAuthentication:AllowAnonymous", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionWithoutAppIdButOptedIn_Starts()
    {
        Assert.Null(StartFailure("Production", new() { ["BotAuthentication:AllowAnonymous"] = "true" }));
    }

    [Fact]
    public void Start_SingleTenantWithoutTenant_FailsNamingMicrosoftAppTenantId()
    {
        var failure = StartFailure("Production", new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
        });

        Assert.Contains("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UserAssignedMsiWithPassword_FailsNamingMicrosoftAppPassword()
    {
        var failure = StartFailure("Production", new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["MicrosoftAppPassword"] = "secret",
        });

        Assert.Contains("MicrosoftAppPassword", failure, StringComparison.Ordinal);
        Assert.Contains("must be empty", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MultiTenantWithoutPassword_FailsNamingMicrosoftAppPassword()
    {
        var failure = StartFailure("Production", new() { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555" });

        Assert.Contains("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant", failure, StringComparison.Ordinal);
    }

    /// <summary>
    /// Composes and starts the app as Program.cs does, in <paramref name="environment"/>; the start-up error text, or
    /// null when it started. (WebApplicationFactory races a failing start with its own host and may report a disposed
    /// service provider instead of the error.)
    /// </summary>
    private static string? StartFailure(string environment, Dictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = "Memory";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        builder.AddDirectLine();
        builder.AddRunnersKneeBot();
        var app = builder.Build();
        app.MapBotFramework();
        app.MapDirectLine();
        app.MapRunnersKneeBot();
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
            app.StopAsync().GetAwaiter().GetResult();
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return exception.Message;
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}
