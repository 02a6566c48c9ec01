using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

/// <summary>
/// Runs a root dialog one turn at a time the way a bot does: load the stack from storage, run, save. Each turn
/// uses a new state object, so everything a dialog keeps must survive the JSON written to storage in between.
/// </summary>
public sealed class DialogTestRunner(Dialog root)
{
    private const string ChannelId = "test";
    private readonly string _conversationId = "conv-" + Guid.NewGuid().ToString("N")[..8];
    private int _sequence;

    /// <summary>The store every turn reads and writes; replace it to start a "new process" on the same data.</summary>
    public MemoryStorage Storage { get; } = new();

    /// <summary>What the bot sent in the last turn.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>The text of the last turn's replies, one per line.</summary>
    public string Text => string.Join("\n", Replies.Select(r => r.Text).Where(t => t is not null));

    public DialogTurnResult? LastResult { get; private set; }

    public Task<DialogTurnResult> SayAsync(string text) => RunAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>A card button click: no text, the answer in the submit data.</summary>
    public Task<DialogTurnResult> ClickAsync(string answer) => RunAsync(new Activity
    {
        Type = ActivityTypes.Message,
        Value = BotJson.ToElement(new Dictionary<string, string> { [DialogInput.AnswerProperty] = answer }),
    });

    /// <summary>A non-message activity (e.g. a typing indicator): dialogs must not move.</summary>
    public Task<DialogTurnResult> SendEventAsync() => RunAsync(new Activity { Type = ActivityTypes.Typing });

    /// <summary>The dialog stack as stored, each dialog followed by the inner stack of a component: ids from the top down.</summary>
    public async Task<IReadOnlyList<string>> StoredStackAsync()
    {
        var document = await StoredDocumentAsync();
        return [.. Ids(document["dialogState"]!["stack"]!.AsArray())];

        static IEnumerable<string> Ids(JsonArray stack) => stack.SelectMany(instance =>
            new[] { instance!["id"]!.GetValue<string>() }.Concat(
                instance["state"]?["dialogs"]?["stack"] is JsonArray inner ? Ids(inner) : []));
    }

    /// <summary>The stored JSON of the whole conversation document.</summary>
    public async Task<JsonObject> StoredDocumentAsync() => JsonNode.Parse(await StoredTextAsync())!.AsObject();

    /// <summary>The conversation document exactly as written to storage.</summary>
    public async Task<string> StoredTextAsync()
    {
        var key = ConversationState.KeyFor(ChannelId, _conversationId);
        var items = await Storage.ReadAsync([key], CancellationToken.None);
        return items[key].Content.ToString();
    }

    private async Task<DialogTurnResult> RunAsync(Activity activity)
    {
        activity.Id = $"{_conversationId}-{++_sequence}";
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount { Id = _conversationId };
        activity.From = new ChannelAccount { Id = "user" };
        activity.Recipient = new ChannelAccount { Id = "bot" };
        activity.Locale = "en-US";

        // Through the wire format, as a channel would deliver it.
        var delivered = JsonSerializer.Deserialize(BotJson.SerializeActivity(activity), BotJsonContext.Default.Activity)!;
        var turn = new TurnContext(delivered);
        var state = new ConversationState(Storage);
        LastResult = await root.RunAsync(turn, state.CreateProperty<DialogState>("dialogState"), CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        Replies = [.. turn.Outbox.Select(operation => operation.Activity)];
        return LastResult;
    }
}
