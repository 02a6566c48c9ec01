namespace RunnersKnee.Bot.Telemetry;

/// <summary>
/// Takes the identifying parts out of an address before it leaves the process: the connector's, Direct Line's and
/// the blob store's paths carry conversation, activity and user ids (blob names are state keys). Only the words of
/// the protocols' paths stay; every other segment becomes <c>{id}</c>; the query (tokens) goes.
/// </summary>
public static class UrlRedaction
{
    private static readonly HashSet<string> ProtocolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "messages", "v3", "directline", "conversations", "activities", "members", "attachments", "upload",
        "stream", "tokens", "generate", "refresh", "token", "history", "oauth2", "v2.0", "botframework.com", "healthz",
        "ready", "privacy", "export", "v1", "traces", "metrics", "logs", "lib", "teams",
    };

    /// <summary><c>https://host/v3/conversations/a:1/activities/9?x=y</c> → <c>https://host/v3/conversations/{id}/activities/{id}</c>.</summary>
    public static string Redact(Uri address) =>
        address.IsAbsoluteUri
            ? $"{address.Scheme}://{address.Authority}{RedactPath(address.AbsolutePath)}"
            : RedactPath(address.OriginalString.Split('?', 2)[0]);

    public static string RedactPath(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !ProtocolWords.Contains(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments);
    }
}
