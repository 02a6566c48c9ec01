namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>One generated HTTP request: where it goes, its body and media type, and a label for failure messages.</summary>
public sealed record FuzzRequest(HttpMethod Method, string Path, byte[]? Body, string? ContentType, string Label, string? BearerToken = null)
{
    public override string ToString()
    {
        var body = Body is null ? "(no body)" : System.Text.Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 600)));
        return $"{Label}: {Method} {Path} [{ContentType}] {body}";
    }
}
