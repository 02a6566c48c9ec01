using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Security;

/// <summary>
/// Everything the app logs at Information or above (with its shipped log levels) during a Teams conversation with a
/// bearer token and a web chat conversation on the embedded Direct Line: no message text, no token, no secret,
/// no user id; only hashed ids.
/// </summary>
public sealed class LogCaptureTests
{
    [Fact]
    public async Task Conversations_OnBothChannels_LogNoTextTokenSecretOrUserId()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var logs = new LogCapture();
        await using var app = new BotApp(PrivateWordsConversation.Settings(identity), services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = app.CreateClient();

        var secrets = await PrivateWordsConversation.RunAsync(client, connector, identity);

        var logged = logs.AtLeast(LogLevel.Information);
        foreach (var (what, secret) in secrets)
        {
            var leak = logged.FirstOrDefault(e => e.AllText.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"The {what} was logged: {leak}");
        }

        // The capture saw the turns: the redelivery and the refusal, the turn's entry under the hashed ids.
        Assert.Contains(logged, e => e.Scopes.Contains(LogHash.Of(PrivateWordsConversation.TeamsUser), StringComparison.Ordinal)
            && e.Scopes.Contains(LogHash.Of(PrivateWordsConversation.TeamsConversation), StringComparison.Ordinal));
        Assert.Contains(logged, e => e.Message.StartsWith("Refused an activity", StringComparison.Ordinal));

        // Every reply goes through the connector's retry pipeline; its per-attempt lines are no news at Information.
        Assert.DoesNotContain(logged, e => e.Category.StartsWith("Polly", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
    }
}
