using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.Dialogs;

public sealed class SmokeConversationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Smoke()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(new Dictionary<string, string?> { ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")) });
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector);
        foreach (var step in new[] { "<join>", "hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope", "yes", "what's next", "done", "done", "where am i", "pause", "resume", "skip", "easier", "that hurt 6/10", "how many left", "stop" })
        {
            if (step == "<join>")
            {
                await person.JoinAsync();
            }
            else
            {
                await person.SayAsync(step);
            }

            output.WriteLine($"> {step}\n{person.LastText}\n");
        }
    }
}
