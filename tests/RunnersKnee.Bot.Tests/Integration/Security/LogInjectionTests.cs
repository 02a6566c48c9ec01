using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Security;

/// <summary>
/// Values from a request reach the logs only bounded and without control characters: a channel id or activity
/// type with a newline in it cannot write a line of its own into an operator's log.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Forged = "\n2026-12-07 ERROR forged entry";

    [Fact]
    public async Task NewlinesInChannelIdAndType_AreLoggedOnOneLine()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var logs = new LogCapture();
        await using var app = new BotApp(PrivateWordsConversation.Settings(identity), services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = app.CreateClient();
        var bearer = TestTokens.Channel(identity.ChannelKey, PrivateWordsConversation.AppId, connector.ServiceUrl);

        await PostAsync(client, Activity(connector, "msteams" + Forged, "message", "m1"), bearer: null);
        var oddType = Activity(connector, "msteams", "message\r" + Forged + new string('x', 500), "m2");
        await PostAsync(client, oddType, bearer);
        await PostAsync(client, oddType, bearer);

        var logged = logs.Entries;
        Assert.Contains(logged, e => e.Message.StartsWith("Refused an activity from channel msteams?2026", StringComparison.Ordinal));
        Assert.Contains(logged, e => e.Message.StartsWith("Ignored a redelivered message??2026", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => e.AllText.Contains(Forged, StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => e.AllText.Contains(new string('x', 100), StringComparison.Ordinal));
    }

    private static JsonObject Activity(LoopbackConnector connector, string channelId, string type, string id) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["text"] = "hi",
        ["channelId"] = channelId,
        ["serviceUrl"] = connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:log-injection-user" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + PrivateWordsConversation.AppId },
        ["conversation"] = new JsonObject { ["id"] = "a:log-injection", ["conversationType"] = "personal" },
    };

    private static async Task PostAsync(HttpClient client, JsonObject activity, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
    }
}
