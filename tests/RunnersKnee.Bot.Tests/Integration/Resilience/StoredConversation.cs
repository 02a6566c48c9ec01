using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>Reads a person's state document straight from the store, as the next turn of any instance would.</summary>
internal static class StoredConversation
{
    public static async Task<JsonObject> ReadBlobAsync(string connectionString, string container, string userId)
    {
        var blob = new BlobContainerClient(connectionString, container)
            .GetBlobClient(StorageKeys.ToBlobName(PrimaryState.PersonKeyFor("webchat", userId)));
        var content = (await blob.DownloadContentAsync()).Value.Content;
        return JsonNode.Parse(content.ToString())!.AsObject();
    }

    public static async Task<JsonObject> ReadFileAsync(string directory, string userId)
    {
        var path = Path.Combine(directory, StorageKeys.ToFileName(PrimaryState.PersonKeyFor("webchat", userId)));
        return JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
    }

    /// <summary>
    /// What two runs of the same moves must agree on: the coach state and the dialog stack, without what differs by
    /// nature (the session's random id, clock times, the conversation's own address and the ids it remembers).
    /// </summary>
    public static JsonObject Comparable(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        copy.Remove("processedActivities");

        // Replies listed until marked delivered: which are listed depends on the instances' timing, not the person.
        copy.Remove("undeliveredReplies");
        if (copy["coach"] is JsonObject coach)
        {
            coach.Remove("lastSeen");
            coach.Remove("reference");
            coach.Remove("welcomedIn");
            if (coach["intake"] is JsonObject intake)
            {
                intake.Remove("completedAt");
            }

            if (coach["workout"] is JsonObject workout)
            {
                foreach (var name in new[] { "id", "startedAt", "restEndsAt", "restStartedAt", "timerStartedAt", "pausedAt" })
                {
                    workout.Remove(name);
                }
            }
        }

        if (copy["history"] is JsonObject history)
        {
            // The history's records carry the clock's times and the sessions' random ids.
            foreach (var record in new[] { "sessions", "checks", "painReports" }.SelectMany(list => history[list]?.AsArray() ?? []).OfType<JsonObject>())
            {
                foreach (var name in new[] { "id", "at", "startedAt", "endedAt" })
                {
                    record.Remove(name);
                }
            }
        }

        if (copy["plan"] is JsonObject plan)
        {
            // The plan counts its blocks from the clock's time, and each change keeps when it was made.
            plan.Remove("startedAt");
            foreach (var level in plan["exercises"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                level.Remove("changedAt");
            }
        }

        return copy;
    }

    /// <summary>Sets done so far of one exercise of the stored workout.</summary>
    public static int SetsDone(JsonObject document, string exerciseId) =>
        document["coach"]?["workout"]?["results"]?.AsArray()
            .FirstOrDefault(result => (string?)result?["exerciseId"] == exerciseId)?["setsDone"]?.GetValue<int>() ?? 0;
}
