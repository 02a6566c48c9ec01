using System.Diagnostics;
using System.Net.Http.Headers;

namespace RunnersKnee.LoadTest;

/// <summary>
/// Posts one activity and waits for the answer, which comes after the replies were delivered to the sink; the
/// time between is the turn's latency. For the floor it says how many replies to send.
/// </summary>
public sealed class TurnSender(HttpClient client, Uri messagesUrl)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public async Task<(bool Ok, long ElapsedTicks)> PostAsync(byte[] body, int? floorReplies, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, messagesUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        if (floorReplies is { } replies)
        {
            request.Headers.TryAddWithoutValidation("X-Floor-Replies", replies.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var elapsed = Stopwatch.GetTimestamp() - started;
        return (response.IsSuccessStatusCode, elapsed);
    }
}
