using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// Delivers activities all at once, spread round-robin over several app instances, as a channel does under a burst
/// of clicks or when it redelivers: the bodies are serialized first, then every POST is released together.
/// </summary>
internal static class Burst
{
    public static async Task<HttpStatusCode[]> DeliverAsync(IReadOnlyList<HttpClient> instances, IReadOnlyList<Activity> activities)
    {
        var bodies = activities.Select(activity => JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity)).ToArray();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = bodies.Select((body, i) => PostAsync(instances[i % instances.Count], body, go.Task)).ToArray();
        go.SetResult();
        return await Task.WhenAll(posts);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, byte[] body, Task go)
    {
        await go;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/messages", content);
        return response.StatusCode;
    }
}
