using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// Plays a person in one conversation against the running app over HTTP: types, clicks card buttons, and reads
/// what the bot sent to the loopback connector during each turn (the adapter delivers replies before it answers).
/// </summary>
public sealed class ConversationDriver(HttpClient client, LoopbackConnector connector, string channelId = "webchat", string? conversationId = null, string? userId = null)
{
    // Ids must never repeat within a conversation (the bot ignores a repeated id as a re-delivery), even when a
    // second driver continues the conversation after an app restart.
    private readonly string _idPrefix = Guid.NewGuid().ToString("N")[..6];
    private int _sequence;

    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The person: by default one per conversation, since the coach keeps its data per person.</summary>
    public string UserId => userId ?? "user-" + ConversationId;

    /// <summary>Everything the bot said in the last turn.</summary>
    public IReadOnlyList<Activity> Last { get; private set; } = [];

    /// <summary>The IANA zone the channel names on every activity (<c>localTimezone</c>, as Teams and Web Chat do); none by default.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Takes messages the bot sent on its own (a reminder) as the last turn's, so their buttons can be clicked.</summary>
    public void Received(IEnumerable<Activity> activities) => Last = [.. activities];

    public Task<IReadOnlyList<Activity>> JoinAsync() => PostAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = UserId }, new ChannelAccount { Id = "bot" }],
    });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => PostAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Clicks the button titled <paramref name="title"/> on the newest card that has one.</summary>
    public Task<IReadOnlyList<Activity>> ClickAsync(string title) => SubmitAsync(FindButton(title));

    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonObject data) =>
        PostAsync(new Activity { Type = ActivityTypes.Message, Value = BotJson.ToElement(data), ChannelData = BotJson.ToElement(new { postBack = true }) });

    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        var status = await SendAsync(activity);
        if ((int)status is < 200 or > 299)
        {
            throw new HttpRequestException($"The bot answered {(int)status}. It said:\n{LastText}", null, status);
        }

        return Last;
    }

    /// <summary>Posts like <see cref="PostAsync"/> but returns the HTTP status instead of failing on an error status.</summary>
    public async Task<HttpStatusCode> SendAsync(Activity activity)
    {
        var before = connector.SentActivities(ConversationId).Count;
        using var response = await client.PostAsJsonAsync("/api/messages", Address(activity), BotJsonContext.Default.Activity);
        Last = [.. connector.SentActivities(ConversationId).Skip(before)];
        return response.StatusCode;
    }

    /// <summary>Fills in what the channel puts on every activity of this conversation (a new id unless set, addresses, locale).</summary>
    public Activity Address(Activity activity)
    {
        activity.Id ??= $"{ConversationId}|{_idPrefix}-{Interlocked.Increment(ref _sequence):D7}";
        activity.ChannelId = channelId;
        activity.ServiceUrl = connector.ServiceUrl;
        activity.From ??= new ChannelAccount { Id = UserId, Name = "Runner" };
        activity.Recipient ??= new ChannelAccount { Id = "bot", Name = "Runner's Knee Coach" };
        activity.Conversation = new ConversationAccount { Id = ConversationId };
        activity.Locale ??= "en-US";
        activity.LocalTimezone ??= LocalTimezone;
        return activity;
    }

    /// <summary>All the text of the last turn: message text plus every TextBlock and fact of its cards.</summary>
    public string LastText => string.Join("\n", Last.SelectMany(TextsOf));

    public IEnumerable<JsonObject> LastCards => Last
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.Content is not null)
        .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject());

    /// <summary>Everything the bot said in this conversation so far, every turn.</summary>
    public string Transcript => string.Join("\n", connector.SentActivities(ConversationId).SelectMany(TextsOf));

    /// <summary>The last turn shows an exercise card: a set to do, with "Done set" and "Easier" (or, on the easier card, "Standard").</summary>
    public bool ShowsSetCard => HasButton("Done set") && (HasButton("Easier") || HasButton("Standard"));

    /// <summary>The last turn shows the rest between sets: the rest card (Teams) or the page's rest countdown (web chat).</summary>
    public bool ShowsRestCard =>
        (LastCards.Any(card => TextsOf(card).Any(t => t.StartsWith("Rest ", StringComparison.Ordinal))) && HasButton("Done set"))
        || LastTimers.Any(timer => timer["kind"]?.GetValue<string>() == "rest");

    /// <summary>The web chat's live countdowns (set or rest) of the last turn.</summary>
    public IEnumerable<JsonObject> LastTimers => Last
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.ContentType == WorkoutCards.TimerContentType && a.Content is not null)
        .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject());

    /// <summary>The last turn asks for the 0–10 pain score after an exercise.</summary>
    public bool ShowsPainCheck => LastText.Contains("hurt, from 0 to 10?", StringComparison.Ordinal);

    public bool HasButton(string title) => TryFindButton(title) is not null;

    /// <summary>
    /// The workout summary card of the last turn as exercise name → status line ("Done · pain 1/10", "Skipped",
    /// "Not reached"), or null if none was shown.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Summary => LastCards
        .Select(card => card["body"]?.AsArray()
            .Where(item => item?["id"]?.GetValue<string>().StartsWith(WorkoutCards.SummaryLineIdPrefix, StringComparison.Ordinal) == true)
            .ToDictionary(item => item!["items"]![0]!["text"]!.GetValue<string>(), item => item!["items"]![1]!["text"]!.GetValue<string>()))
        .LastOrDefault(lines => lines is { Count: > 0 });

    /// <summary>The exercises whose status in the last turn's summary starts with <paramref name="status"/>, comma-separated, or "none".</summary>
    public string SummaryWith(string status) =>
        string.Join(", ", Summary!.Where(line => line.Value.StartsWith(status, StringComparison.Ordinal)).Select(line => line.Key)) is { Length: > 0 } names ? names : "none";

    /// <summary>Taps a quick-reply (suggested action) of the last turn: the channel sends its value as text.</summary>
    public Task<IReadOnlyList<Activity>> TapSuggestedAsync(string title)
    {
        var action = Last.SelectMany(a => a.SuggestedActions?.Actions ?? []).FirstOrDefault(a => string.Equals(a.Title, title, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No quick reply '{title}' in the last turn. The bot said:\n{LastText}");
        return SayAsync(action.Value?.GetString() ?? title);
    }

    public JsonObject FindButton(string title) =>
        TryFindButton(title) ?? throw new InvalidOperationException($"No button '{title}' in the last turn. The bot said:\n{LastText}");

    private JsonObject? TryFindButton(string title)
    {
        foreach (var timer in LastTimers.Reverse())
        {
            if (TimerButton(timer, title) is { } data)
            {
                return data;
            }
        }

        foreach (var card in LastCards.Reverse())
        {
            foreach (var action in Actions(card))
            {
                if (string.Equals(action["title"]?.GetValue<string>(), title, StringComparison.OrdinalIgnoreCase))
                {
                    // What the bot receives: Web Chat unwraps its card-action form and posts the value inside.
                    return CardActions.DataOf(action)!.DeepClone().AsObject();
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The buttons the page draws for a live countdown (js/timer.js): Pause and Stop, and on a rest Skip rest and +15 s,
    /// each sending its command with the session and step. "Done set" on a rest is what the page sends when it runs out.
    /// </summary>
    private static JsonObject? TimerButton(JsonObject timer, string title)
    {
        var rest = timer["kind"]?.GetValue<string>() == "rest";
        if (rest && string.Equals(title, "Done set", StringComparison.OrdinalIgnoreCase))
        {
            return timer["doneData"]!.DeepClone().AsObject();
        }

        var words = timer["words"]!.AsObject();
        (string Word, string Command, bool RestOnly)[] buttons =
            [("pauseButton", "Pause", false), ("stopButton", "Stop", false), ("skipRestButton", "SkipRest", true), ("moreRestButton", "MoreRest", true)];
        foreach (var (word, command, restOnly) in buttons)
        {
            if ((rest || !restOnly) && string.Equals(words[word]?.GetValue<string>(), title, StringComparison.OrdinalIgnoreCase))
            {
                return new JsonObject { ["command"] = command, ["sessionId"] = timer["sessionId"]!.GetValue<string>(), ["step"] = timer["step"]!.GetValue<int>() };
            }
        }

        return null;
    }

    public static IEnumerable<string> TextsOf(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Text))
        {
            yield return activity.Text;
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == WorkoutCards.TimerContentType && attachment.Content is { } timer)
            {
                // What the page's countdown shows in words: its title, the set, and what follows a rest.
                foreach (var field in new[] { "title", "position", "next" })
                {
                    if (timer.TryGetProperty(field, out var text) && text.ValueKind == JsonValueKind.String)
                    {
                        yield return text.GetString()!;
                    }
                }
            }
            else if (attachment.Content is { ValueKind: JsonValueKind.Object } content)
            {
                foreach (var text in Strings(JsonNode.Parse(content.GetRawText())!))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<string> TextsOf(JsonObject card) => Strings(card);

    private static IEnumerable<string> Strings(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String && key is "text" or "value" or "title")
                    {
                        yield return value.GetValue<string>();
                    }
                    else if (child is not null and not JsonValue)
                    {
                        foreach (var text in Strings(child))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var text in Strings(child))
                        {
                            yield return text;
                        }
                    }
                }

                break;
        }
    }

    private static IEnumerable<JsonObject> Actions(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute")
            {
                yield return obj;
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }
            }
        }
    }
}
