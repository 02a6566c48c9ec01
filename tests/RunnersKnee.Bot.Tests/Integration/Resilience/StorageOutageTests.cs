using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// The state store (Azurite) goes away in the middle of a workout and comes back: the person is told their move
/// was not saved (and the channel gets 503, so it may retry), nothing is half-written, and once the store is back
/// the same conversation carries on from where it was, with no restart or manual step.
/// </summary>
public sealed class StorageOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Container = "outage";

    [Fact]
    public async Task Click_StoreDownThenBack_ApologisesWith503ThenCarriesOnFromTheSameStep()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:Blob:ContainerName"] = Container,
            ["Storage:Blob:NetworkTimeout"] = "00:00:02",
            ["Storage:Blob:MaxRetries"] = "1",
            ["Storage:Blob:RetryDelay"] = "00:00:00.050",
            ["Timers:Queue:QueueName"] = Container,
        });
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector);
        await MidWorkout.StartAsync(person, "done", "done");
        var done = Click("done-during-outage", person.FindButton("Done set"));
        var before = await ReadBlobAsync(person.UserId);

        await azurite.Server.StopAsync();
        var statusDuringOutage = await person.SendAsync(done);
        var repliesDuringOutage = person.Last;
        await azurite.Server.StartAsync();
        var afterOutage = await ReadBlobAsync(person.UserId);
        var whereAmI = await person.SayAsync("where am i");
        var redelivered = await person.PostAsync(done);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, statusDuringOutage);
        Assert.Equal([ReplyKinds.StorageError], repliesDuringOutage.Select(reply => reply.Text));
        Assert.Equal(before, afterOutage);
        Assert.StartsWith("Now: Side Steps, Exercise 1 of 8 · Right side · Set 1 of 3", Assert.Single(whereAmI).Text, StringComparison.Ordinal);
        Assert.Contains(redelivered, reply => reply.Text?.StartsWith(ReplyKinds.SetDone, StringComparison.Ordinal) == true);
        Assert.Equal(2, StoredConversation.SetsDone(await StoredConversation.ReadBlobAsync(azurite.Server.ConnectionString, Container, person.UserId), "side-steps"));
    }

    /// <summary>The stored document and its ETag: equal only if nothing at all was written.</summary>
    private async Task<(string Content, string ETag)> ReadBlobAsync(string userId)
    {
        var blob = new BlobContainerClient(azurite.Server.ConnectionString, Container)
            .GetBlobClient(StorageKeys.ToBlobName(PrimaryState.PersonKeyFor("webchat", userId)));
        var download = (await blob.DownloadContentAsync()).Value;
        return (download.Content.ToString(), download.Details.ETag.ToString());
    }

    private static Activity Click(string id, JsonObject data) => new()
    {
        Id = id,
        Type = ActivityTypes.Message,
        Value = BotJson.ToElement(data),
        ChannelData = BotJson.ToElement(new { postBack = true }),
    };
}
