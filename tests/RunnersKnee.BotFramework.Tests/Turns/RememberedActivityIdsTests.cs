using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

/// <summary>
/// The remembered activity ids in their compact stored form: the window, the count, a document written in the old
/// form (a list of records) still recognising its ids, and what the document holds.
/// </summary>
public sealed class RememberedActivityIdsTests
{
    private const string ConversationId = "a:conversation-1";
    private static readonly string DocumentKey = ConversationState.KeyFor(Channels.MsTeams, ConversationId);

    [Fact]
    public async Task OldForm_AnIdItRemembers_IsStillADuplicate_AndStaysOneAfterTheNextTurnRewritesIt()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot);
        var expiresAt = harness.Time.GetUtcNow().AddMinutes(5);
        await StoreAsync(harness, OldForm(
            (OldQualifiedId(ConversationId, "1485983408511"), expiresAt),
            (ConversationId + "|0000007", expiresAt)));

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1485983408511"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message(ConversationId + "|0000007"), CancellationToken.None);
        Assert.Equal(0, bot.Calls);

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("2"), CancellationToken.None);
        Assert.Equal(1, bot.Calls);
        Assert.Equal(JsonValueKind.String, (await StoredAsync(harness))["processedActivities"]!.GetValueKind());

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1485983408511"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message(ConversationId + "|0000007"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("2"), CancellationToken.None);
        Assert.Equal(1, bot.Calls);
        Assert.Equal(["reply"], harness.Connector.SentTexts);
    }

    [Fact]
    public async Task OldForm_AnExpiredRecord_IsForgotten()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot);
        await StoreAsync(harness, OldForm((OldQualifiedId(ConversationId, "1"), harness.Time.GetUtcNow())));

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(1, bot.Calls);
    }

    [Fact]
    public async Task SameId_WithinTheWindow_IsADuplicate_AndAtItsEnd_RunsAgain()
    {
        var bot = Replying();
        var options = new TurnOptions { DuplicateWindow = TimeSpan.FromMinutes(10) };
        var harness = new TurnHarness(bot, options);

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        Assert.Equal(1, bot.Calls);

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        Assert.Equal(2, bot.Calls);
    }

    [Fact]
    public async Task MoreIdsThanTheMax_TheOldestIsForgotten_TheNewestStillADuplicate()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot, new TurnOptions { MaxRememberedActivityIds = 3 });

        foreach (var id in new[] { "1", "2", "3", "4" })
        {
            await harness.Adapter.ProcessActivityAsync(TestActivities.Message(id), CancellationToken.None);
        }

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("2"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("3"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("4"), CancellationToken.None);
        Assert.Equal(4, bot.Calls);

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        Assert.Equal(5, bot.Calls);
    }

    [Fact]
    public async Task LongIds_AreStoredAtAFixedWidth_AndTheBotsOwnPropertiesAreKept()
    {
        TurnHarness? harness = null;
        var bot = new DelegateBot((turn, ct) => harness!.PrimaryState.CreateProperty<string>("notes").SetAsync(turn, "kept", ct));
        harness = new TurnHarness(bot);
        var longId = new string('x', 600);

        for (var i = 0; i < 64; i++)
        {
            await harness.Adapter.ProcessActivityAsync(TestActivities.Message(longId + i), CancellationToken.None);
        }

        var stored = await StoredAsync(harness);
        Assert.Equal(64, bot.Calls);
        Assert.Equal(64 * 20, stored["processedActivities"]!.GetValue<string>().Length);
        Assert.Equal("kept", stored["notes"]!.GetValue<string>());

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message(longId + 0), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message(longId + 63), CancellationToken.None);
        Assert.Equal(64, bot.Calls);
    }

    private static DelegateBot Replying() => new((turn, ct) => turn.SendActivityAsync(new Activity { Text = "reply" }, ct));

    /// <summary>How the old form qualified an id that does not start with its conversation's id.</summary>
    private static string OldQualifiedId(string conversationId, string activityId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId))[..4]) + "|" + activityId;

    private static JsonObject OldForm(params (string Id, DateTimeOffset ExpiresAt)[] records)
    {
        var list = new JsonArray();
        foreach (var (id, expiresAt) in records)
        {
            list.Add(new JsonObject { ["id"] = id, ["expiresAt"] = expiresAt.ToString("O") });
        }

        return new JsonObject { ["processedActivities"] = list };
    }

    private static Task StoreAsync(TurnHarness harness, JsonObject document) =>
        harness.Storage.Inner.WriteAsync(
            new Dictionary<string, StoreItem> { [DocumentKey] = new(BinaryData.FromString(document.ToJsonString()), StoreItem.AnyETag) },
            CancellationToken.None);

    private static async Task<JsonObject> StoredAsync(TurnHarness harness)
    {
        var items = await harness.Storage.Inner.ReadAsync([DocumentKey], CancellationToken.None);
        return JsonNode.Parse(items[DocumentKey].Content.ToString())!.AsObject();
    }
}
