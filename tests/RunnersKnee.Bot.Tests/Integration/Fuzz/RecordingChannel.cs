using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>
/// An in-process channel for the fuzz run: the bot's replies to <see cref="ServiceUrl"/> stay in memory (no HTTP
/// per reply), counted, and the newest card buttons of each conversation are kept for the fuzzer to press.
/// </summary>
public sealed class RecordingChannel : IInProcessChannel, IConnectorClient
{
    public const string ServiceUrl = "https://fuzz.channel.invalid/";

    private readonly ConcurrentDictionary<string, List<JsonObject>> _buttons = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _texts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byConversation = new(StringComparer.Ordinal);
    private int _sent;

    public IConnectorClient Connector => this;

    public int Sent => _sent;

    /// <summary>Every reply text, in the order sent.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    /// <summary>Every reply text sent to one conversation, in order.</summary>
    public IReadOnlyList<string> TextsOf(string conversationId) =>
        _byConversation.TryGetValue(conversationId, out var texts) ? [.. texts] : [];

    public bool Owns(string serviceUrl) => string.Equals(serviceUrl.TrimEnd('/'), ServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The submit data of the buttons on the conversation's newest card, if any.</summary>
    public IReadOnlyList<JsonObject> ButtonsOf(string conversationId) =>
        _buttons.TryGetValue(conversationId, out var buttons) ? buttons : [];

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _sent).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var conversation = _byConversation.GetOrAdd(activity.Conversation?.Id ?? string.Empty, _ => new ConcurrentQueue<string>());
        foreach (var text in Infrastructure.ConversationDriver.TextsOf(activity))
        {
            _texts.Enqueue(text);
            conversation.Enqueue(text);
        }

        var buttons = (activity.Attachments ?? [])
            .Where(a => a.Content is not null)
            .SelectMany(a => SubmitData(JsonNode.Parse(a.Content!.Value.GetRawText())))
            .ToList();
        if (buttons.Count > 0 && activity.Conversation?.Id is { } conversationId)
        {
            _buttons[conversationId] = buttons;
        }

        return Task.FromResult(new ResourceResponse(id));
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id ?? "updated"));

    public Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse("created-" + parameters.Members[0].Id));

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<JsonObject> SubmitData(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && obj["type"]!.GetValue<string>() is "Action.Submit" or "Action.Execute"
                    && RunnersKnee.Bot.Presentation.Cards.CardActions.DataOf(obj) is { } data)
                {
                    yield return (JsonObject)data.DeepClone();
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in SubmitData(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in SubmitData(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
