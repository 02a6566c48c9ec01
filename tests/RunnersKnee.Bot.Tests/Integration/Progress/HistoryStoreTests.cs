using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Progress;

/// <summary>
/// The history across two sessions and an app restart, on the file store and on Blob storage (Azurite): kept in the
/// person's one document, in the "export my data" file, and gone after "delete my data" with the links handed out.
/// </summary>
public sealed class HistoryStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("File")]
    [InlineData("Blob")]
    public async Task TwoSessionsAcrossARestart_AreBothKept_ExportedAndErased(string store)
    {
        var folder = CoachHarness.NewTempDirectory("rk-state-");
        var timers = CoachHarness.NewTempDirectory("rk-timers-");
        var container = "history-" + Guid.NewGuid().ToString("N")[..8];
        var settings = store == "File"
            ? new Dictionary<string, string?> { ["Storage:Provider"] = "File", ["Storage:File:Directory"] = folder }
            : new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Blob",
                ["Storage:Blob:ConnectionString"] = azurite.Server.ConnectionString,
                ["Storage:Blob:ContainerName"] = container,
            };
        var clock = new FakeTimeProvider(Monday);
        await using var connector = await LoopbackConnector.StartAsync();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var first = await CoachHarness.StartAsync(clock, settings, timers, connector: connector))
            {
                var person = first.NewPerson(conversationId: conversationId);
                await person.AnswerIntakeAsync();
                await person.SessionAsync(before: 3, after: 4);
                await person.SayAsync("that hurt 3/10");
            }

            clock.Advance(TimeSpan.FromDays(2));
            await using var second = await CoachHarness.StartAsync(clock, settings, timers, connector: connector);
            var again = second.NewPerson(conversationId: conversationId);
            await again.SessionAsync(before: 2, after: 1);
            await again.SayAsync("my progress");
            var chart = ProgressConversationTests.Images(again.LastCards.Single()).Single()["url"]!.GetValue<string>();
            await again.SayAsync("export my data");
            var export = ExportOf(again);

            Assert.Contains("This week: 2 of 3 sessions.", again.LastText + again.Transcript, StringComparison.Ordinal);
            var sessions = export["history"]!["sessions"]!.AsArray();
            Assert.Equal(2, sessions.Count);
            Assert.Equal([3, 2], sessions.Select(s => s!["painBefore"]!.GetValue<int>()));
            Assert.Equal([4, 1], sessions.Select(s => s!["painAfter"]!.GetValue<int>()));
            Assert.Equal("partlyDone", sessions[0]!["exercises"]![0]!["outcome"]!.GetValue<string>());
            Assert.Equal("intake", export["history"]!["checks"]![0]!["kind"]!.GetValue<string>());
            Assert.Equal(3, export["history"]!["painReports"]![0]!["pain"]!.GetValue<int>());
            Assert.NotNull(export["stored"]!["personState"]!["history"]);

            await again.SayAsync("delete my data");
            await again.SayAsync("yes");
            using var revoked = await second.Client.GetAsync(chart);
            await again.SayAsync("export my data");
            var afterDelete = ExportOf(again);

            Assert.Equal(System.Net.HttpStatusCode.NotFound, revoked.StatusCode);
            Assert.Empty(afterDelete["history"]?["sessions"]?.AsArray() ?? []);
            Assert.Empty(afterDelete["history"]?["checks"]?.AsArray() ?? []);
            Assert.Empty(afterDelete["history"]?["painReports"]?.AsArray() ?? []);
            Assert.Null(afterDelete["stored"]?["personState"]?["history"]);
        }
        finally
        {
            CoachHarness.DeleteDirectory(folder);
            CoachHarness.DeleteDirectory(timers);
        }
    }

    private static JsonNode ExportOf(ConversationDriver person)
    {
        var attachment = person.Last.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == "application/json");
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!.Split(',')[1])))!;
    }
}
