using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>Structural and byte-level mutations of an activity, each drawn from the caller's seeded <see cref="Random"/>.</summary>
public static class JsonMutator
{
    private static readonly string[] Types =
        ["message", "invoke", "event", "conversationUpdate", "installationUpdate", "messageReaction", "typing", "endOfConversation", "trace", "handoff", "MESSAGE", "", " ", "💥", "message\u0000"];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "task/fetch", "task/submit", "signin/verifyState", "composeExtension/query", "config/fetch", "actionableMessage/executeAction", "", "ADAPTIVECARD/ACTION", "unknown/invoke"];

    private static readonly string[] Commands =
        ["Start", "StartWorkout", "Pause", "Resume", "Stop", "Skip", "Done", "Easier", "Back", "Repeat", "StartTimer", "StartOver", "Help", "PrivacyDelete", "PrivacyExport", "PrivacySummary", "Emergency", "PainReport", "Nonsense", "", "__proto__"];

    public static void Mutate(JsonObject activity, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                RemoveSomething(activity, random);
                break;
            case 1:
                ReplaceSomething(activity, random);
                break;
            case 2:
                PickObject(activity, random)[$"unknown{random.Next(1000)}"] = RandomValue(random, 2);
                break;
            case 3:
                activity["text"] = NastyStrings.Pick(random);
                break;
            case 4:
                activity[random.Next(3) switch { 0 => "value", 1 => "channelData", _ => "entities" }] = Nested(random, random.Next(5, 200));
                break;
            case 5:
                activity["type"] = Types[random.Next(Types.Length)];
                break;
            case 6:
                activity["type"] = "invoke";
                activity["name"] = InvokeNames[random.Next(InvokeNames.Length)];
                activity["value"] = random.Next(2) == 0 ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = ForgedSubmit(random) } } : RandomValue(random, 3);
                break;
            case 7:
                activity["value"] = ForgedSubmit(random);
                break;
            case 8:
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = RandomValue(random, 1), ["mentioned"] = RandomValue(random, 2) }, RandomValue(random, 2));
                break;
            case 9:
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(3) == 0 ? RandomValue(random, 1) : new JsonObject { ["id"] = RandomValue(random, 0) })]);
                break;
            case 10:
                activity[random.Next(2) == 0 ? "timestamp" : "locale"] = RandomValue(random, 0);
                break;
            default:
                activity["from"] = new JsonObject { ["id"] = RandomValue(random, 0), ["name"] = NastyStrings.Pick(random), ["role"] = RandomValue(random, 0) };
                break;
        }
    }

    /// <summary>Card data a forger would send: real field names, wrong or missing values.</summary>
    public static JsonObject ForgedSubmit(Random random)
    {
        var data = new JsonObject();
        if (random.Next(2) == 0)
        {
            data["command"] = random.Next(4) == 0 ? RandomValue(random, 1) : Commands[random.Next(Commands.Length)];
        }

        foreach (var field in new[] { "answer", "q", "sessionId", "step", "auto", "pain", "exercise" })
        {
            if (random.Next(3) == 0)
            {
                data[field] = RandomValue(random, 1);
            }
        }

        return data;
    }

    /// <summary>Changes one field of a real button's data (or drops it), as a tampered click would.</summary>
    public static JsonObject Tamper(JsonObject data, Random random)
    {
        var forged = (JsonObject)data.DeepClone();
        var keys = forged.Select(p => p.Key).ToList();
        if (keys.Count == 0 || random.Next(4) == 0)
        {
            forged[random.Next(2) == 0 ? "command" : "answer"] = RandomValue(random, 1);
        }
        else if (random.Next(3) == 0)
        {
            forged.Remove(keys[random.Next(keys.Count)]);
        }
        else
        {
            forged[keys[random.Next(keys.Count)]] = RandomValue(random, 1);
        }

        return forged;
    }

    /// <summary>Byte-level damage: truncation, a stray character, a wrapping array, a BOM, or a duplicated key.</summary>
    public static byte[] MutateRaw(byte[] json, Random random)
    {
        var text = Encoding.UTF8.GetString(json);
        var mutated = random.Next(8) switch
        {
            0 => text[..random.Next(0, text.Length)],
            1 => text.Insert(random.Next(0, text.Length), ((char)random.Next(32, 127)).ToString()),
            2 => "[" + text + "]",
            3 => "\uFEFF" + text,
            4 => text.Length > 2 ? text[..^1] + ",\"type\":\"message\",\"type\":123}" : text,
            5 => text.Replace("\"", "'", StringComparison.Ordinal),
            6 => text + text,
            _ => null,
        };
        if (mutated is not null)
        {
            return Encoding.UTF8.GetBytes(mutated);
        }

        // Invalid UTF-8 somewhere in the middle.
        var bytes = json.ToArray();
        if (bytes.Length > 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return bytes;
    }

    public static JsonNode? RandomValue(Random random, int depth)
    {
        var roll = random.Next(depth > 0 ? 10 : 8);
        return roll switch
        {
            0 => null,
            1 => random.Next(2) == 0,
            2 => random.Next(int.MinValue, int.MaxValue),
            3 => random.Next(4) switch { 0 => 1e300, 1 => -0.5, 2 => long.MaxValue, _ => 0 },
            4 or 5 or 6 or 7 => NastyStrings.Pick(random),
            8 => new JsonArray([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth - 1))]),
            _ => new JsonObject(Enumerable.Range(0, random.Next(0, 4)).Select(i => KeyValuePair.Create($"k{i}", RandomValue(random, depth - 1)))),
        };
    }

    public static JsonNode Nested(Random random, int depth)
    {
        JsonNode node = NastyStrings.Fixed[random.Next(NastyStrings.Fixed.Length)];
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static void RemoveSomething(JsonObject activity, Random random)
    {
        var target = PickObject(activity, random);
        var keys = target.Select(p => p.Key).ToList();
        if (keys.Count > 0)
        {
            target.Remove(keys[random.Next(keys.Count)]);
        }
    }

    private static void ReplaceSomething(JsonObject activity, Random random)
    {
        var target = PickObject(activity, random);
        var keys = target.Select(p => p.Key).ToList();
        if (keys.Count > 0)
        {
            target[keys[random.Next(keys.Count)]] = RandomValue(random, 2);
        }
    }

    /// <summary>The activity itself or one of the objects inside it.</summary>
    private static JsonObject PickObject(JsonObject activity, Random random)
    {
        var objects = new List<JsonObject>();
        Collect(activity, objects, 0);
        return objects[random.Next(objects.Count)];
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (node is JsonObject obj)
        {
            objects.Add(obj);
            foreach (var (_, child) in obj)
            {
                Collect(child, objects, depth + 1);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Collect(child, objects, depth + 1);
            }
        }
    }

    /// <summary>Serializes the activity, turning <see cref="NastyStrings.LoneSurrogate"/> markers into a real unpaired-surrogate escape.</summary>
    public static byte[] Serialize(JsonObject activity) =>
        Encoding.UTF8.GetBytes(activity.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1000 })
            .Replace(NastyStrings.LoneSurrogate, "\\ud83d", StringComparison.Ordinal));
}
