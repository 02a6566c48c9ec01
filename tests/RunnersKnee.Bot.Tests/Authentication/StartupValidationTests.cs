using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace RunnersKnee.Bot.Tests.Authentication;

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

    /// <summary>Starts the app in <paramref name="environment"/>; the start-up error text, or null when it started.</summary>
    private static string? StartFailure(string environment, Dictionary<string, string?> settings)
    {
        settings["Storage:Provider"] = "Memory";
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        });
        try
        {
            using var client = factory.CreateClient();
            return null;
        }
        catch (Exception exception)
        {
            return string.Join(" | ", Flatten(exception).Select(e => e.Message));
        }
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
