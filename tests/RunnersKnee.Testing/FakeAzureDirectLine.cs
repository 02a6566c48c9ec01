using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.Testing;

/// <summary>
/// Azure's Direct Line token API on 127.0.0.1, as documented (bot-docs "Direct Line 3.0 authentication"):
/// <c>POST /v3/directline/tokens/generate</c> with the secret as bearer, answering <c>{conversationId, token, expires_in}</c>.
/// </summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    public const string IssuedToken = "azure.issued.token";
    public const string IssuedConversationId = "AzureConv-1";

    private readonly WebApplication _app;

    private FakeAzureDirectLine(WebApplication app) => _app = app;

    /// <summary>Each request: its Authorization header and JSON body.</summary>
    public ConcurrentQueue<(string Authorization, JsonElement Body)> Requests { get; } = new();

    /// <summary>The status to answer with; 200 gives a token.</summary>
    public int Status { get; set; } = StatusCodes.Status200OK;

    public string Endpoint => _app.Urls.First() + "/v3/directline";

    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", (Func<HttpContext, Task<IResult>>)fake.GenerateAsync);
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> GenerateAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        Requests.Enqueue((http.Request.Headers.Authorization.ToString(), body.RootElement.Clone()));
        return Status == StatusCodes.Status200OK
            ? Results.Json(new Dictionary<string, object> { ["conversationId"] = IssuedConversationId, ["token"] = IssuedToken, ["expires_in"] = 1800 })
            : Results.Json(new { error = new { code = "BadArgument", message = "refused" } }, statusCode: Status);
    }
}
