using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Telemetry;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the app exports over OTLP/HTTP to a loopback receiver: a span per
/// turn with its channel, activity type and outcome, child spans for storage and connector calls, the turn and
/// storage metrics, and logs; and none of the conversation's private words, tokens or ids.
/// </summary>
public sealed class TurnTelemetryExportTests
{
    [Fact]
    public async Task Conversations_WithAnOtlpEndpoint_ExportTurnSpansMetricsAndLogsWithoutPrivateWords()
    {
        await using var receiver = await LoopbackOtlpReceiver.StartAsync();
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = PrivateWordsConversation.Settings(identity);
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "100";
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "100";
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "200";
        await using var app = new BotApp(settings);
        using var client = app.CreateClient();

        var secrets = await PrivateWordsConversation.RunAsync(client, connector, identity);
        var traces = await receiver.WaitForAsync(
            "traces",
            "bot.turn", "bot.channel", "msteams", "webchat", "bot.activity.type", "bot.turn.outcome", TurnOutcomes.Ok,
            "storage.read", "storage.write", "/v3/conversations/{id}/activities", "runners-knee-coach",
            LogHash.Of(PrivateWordsConversation.TeamsConversation));
        var metrics = await receiver.WaitForAsync("metrics", "bot.turns", "bot.turn.duration", "storage.reads", "storage.writes");
        var logs = await receiver.WaitForAsync("logs", "Refused an activity");

        foreach (var (what, secret) in secrets)
        {
            Assert.False(traces.Contains(secret, StringComparison.Ordinal), $"The {what} was exported in a span.");
            Assert.False(metrics.Contains(secret, StringComparison.Ordinal), $"The {what} was exported in a metric.");
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"The {what} was exported in a log record.");
        }
    }

    [Fact]
    public async Task Startup_WithApplicationInsightsAndOtlpBothSet_ServesAndStillExportsOverOtlp()
    {
        await using var receiver = await LoopbackOtlpReceiver.StartAsync();
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            // A syntactically real connection string whose ingestion endpoint is a closed loopback port.
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/",
        });
        using var client = app.CreateClient();

        using var ready = await client.GetAsync("/healthz/ready");
        using var page = await client.GetAsync("/");

        Assert.True(ready.IsSuccessStatusCode, $"/healthz/ready: {(int)ready.StatusCode}");
        Assert.True(page.IsSuccessStatusCode, $"/: {(int)page.StatusCode}");

        // The Azure Monitor distro samples by rate (a few traces a second, none before its budget fills), so keep asking.
        var exported = receiver.WaitForAsync("traces", "runners-knee-coach", "GET");
        while (!exported.IsCompleted)
        {
            using var again = await client.GetAsync("/");
            await Task.WhenAny(exported, Task.Delay(200));
        }

        await exported;
    }
}
