using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>
/// Generates the activities of one fuzzed conversation, one at a time so it can press the buttons the bot just
/// sent: scripted steps of a real check and workout, real channel payloads (Payloads/), clicks on real and on
/// tampered buttons, and templates with one to three structural mutations, some then damaged byte by byte.
/// </summary>
public sealed class ActivityFuzzer(Random random, IReadOnlyList<JsonObject> seeds, RecordingChannel channel, string channelId, string conversationId, string userId)
{
    private static readonly string[] Script =
        ["hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope", "yes", "skip", "done", "done", "where am i",
         "pause", "resume", "skip", "easier", "that hurt 6/10", "how many left", "what do you know about me", "export my data", "start timer", "done", "stop",
         "start over", "delete my data", "yes", "hi"];

    private int _step;
    private int _scripted;
    private int _sequence;
    private string? _lastId;

    public FuzzRequest Next()
    {
        _step++;
        var roll = random.Next(100);
        var (activity, label) = roll switch
        {
            < 40 => (Message(Script[_scripted++ % Script.Length]), "script"),
            < 52 => (Click(tamper: false), "click"),
            < 60 => (Click(tamper: true), "tampered click"),
            < 66 => (Seed(), "real payload"),
            _ => (Mutated(), "mutated"),
        };

        var body = JsonMutator.Serialize(activity);
        var contentType = "application/json";
        var damage = random.Next(100);
        if (damage < 8)
        {
            body = KeepRepliesInProcess(JsonMutator.MutateRaw(body, random));
            label += " + raw damage";
        }
        else if (damage < 10)
        {
            contentType = random.Next(2) == 0 ? "text/plain" : "application/x-www-form-urlencoded";
            label += " + wrong media type";
        }
        else if (damage < 11)
        {
            body = [.. body, .. System.Text.Encoding.UTF8.GetBytes(new string(' ', 300 * 1024))];
            label += " + oversize";
        }

        return new FuzzRequest(HttpMethod.Post, "/api/messages", body, contentType, label);
    }

    /// <summary>A clean message in this conversation, as the channel would send it.</summary>
    public JsonObject Message(string text) => Address(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "en-US" });

    /// <summary>A clean message with a new id, never a redelivery (for the checks after the run).</summary>
    public JsonObject FreshMessage(string text) => Message(text).Also(m => m["id"] = $"{conversationId}|check-{++_sequence:D7}");

    private JsonObject Click(bool tamper)
    {
        var buttons = channel.ButtonsOf(conversationId);
        var data = buttons.Count > 0 ? buttons[random.Next(buttons.Count)] : JsonMutator.ForgedSubmit(random);
        if (tamper)
        {
            data = JsonMutator.Tamper(data, random);
        }

        // Teams may deliver a click as an Action.Execute invoke; Web Chat and Action.Submit as a message with value.
        return random.Next(4) == 0
            ? Address(new JsonObject
            {
                ["type"] = "invoke",
                ["name"] = "adaptiveCard/action",
                ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = data.DeepClone() } },
            })
            : Address(new JsonObject { ["type"] = "message", ["value"] = data.DeepClone(), ["channelData"] = new JsonObject { ["postBack"] = true } });
    }

    private JsonObject Seed()
    {
        var activity = (JsonObject)seeds[random.Next(seeds.Count)].DeepClone();
        return random.Next(3) == 0 ? activity.Also(a => JsonMutator.Mutate(a, random)).Also(Readdress) : Address(activity);
    }

    private JsonObject Mutated()
    {
        var activity = random.Next(2) == 0 ? Message(NastyStrings.Pick(random)) : Seed();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            JsonMutator.Mutate(activity, random);
        }

        Readdress(activity);
        return activity;
    }

    /// <summary>Puts the activity in this conversation, from this user, to the recording channel, with a fresh (or reused) id.</summary>
    private JsonObject Address(JsonObject activity)
    {
        activity["channelId"] = channelId;
        activity["conversation"] = new JsonObject { ["id"] = conversationId };
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = "Fuzz Runner" };
        activity["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Runner's Knee Coach" };
        activity["serviceUrl"] = RecordingChannel.ServiceUrl;
        activity["timestamp"] = "2025-10-08T18:13:01.4301946Z";
        _lastId = random.Next(20) == 0 && _lastId is not null ? _lastId : $"{conversationId}|{++_sequence:D7}";
        activity["id"] = _lastId;
        return activity;
    }

    /// <summary>Damage that still parses may have hit the serviceUrl: point it back, so no reply goes over the network.</summary>
    private static byte[] KeepRepliesInProcess(byte[] damaged)
    {
        try
        {
            if (JsonNode.Parse(damaged) is JsonObject activity && activity["serviceUrl"]?.ToJsonString() != $"\"{RecordingChannel.ServiceUrl}\"")
            {
                Readdress(activity);
                return JsonMutator.Serialize(activity);
            }
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON any more: it cannot reach a turn.
        }

        return damaged;
    }

    /// <summary>After a mutation: whatever else changed, replies never leave the process.</summary>
    private static void Readdress(JsonObject activity)
    {
        if (activity["serviceUrl"] is JsonValue url && url.TryGetValue<string>(out var text)
            && Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            activity["serviceUrl"] = RecordingChannel.ServiceUrl;
        }
    }
}
