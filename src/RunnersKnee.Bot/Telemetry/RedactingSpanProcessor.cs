using System.Diagnostics;
using OpenTelemetry;

namespace RunnersKnee.Bot.Telemetry;

/// <summary>
/// Runs before every exporter and rewrites the address attributes of every span (ours, ASP.NET Core's,
/// HttpClient's, the Azure SDK's) with <see cref="UrlRedaction"/>, so no id or token in a URL is exported.
/// </summary>
public sealed class RedactingSpanProcessor : BaseProcessor<Activity>
{
    private static readonly string[] AbsoluteAddressTags = ["url.full", "http.url"];

    private static readonly string[] PathTags = ["url.path", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in AbsoluteAddressTags)
        {
            if (data.GetTagItem(tag) is string value && Uri.TryCreate(value, UriKind.Absolute, out var address))
            {
                data.SetTag(tag, UrlRedaction.Redact(address));
            }
        }

        foreach (var tag in PathTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, UrlRedaction.RedactPath(value.Split('?', 2)[0]));
            }
        }

        data.SetTag("url.query", null);
        if (data.Kind == ActivityKind.Client && data.DisplayName.Contains('/', StringComparison.Ordinal))
        {
            data.DisplayName = UrlRedaction.RedactPath(data.DisplayName);
        }
    }
}
