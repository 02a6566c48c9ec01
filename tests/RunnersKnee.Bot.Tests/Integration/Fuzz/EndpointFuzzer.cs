using System.Text;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>
/// Requests to the other public endpoints: the page-token endpoint, the Direct Line reads, refresh and stream, the
/// timer page and unknown paths, with junk bodies, media types, tokens, watermarks and query strings.
/// </summary>
public sealed class EndpointFuzzer(Random random, IReadOnlyList<(string ConversationId, string Token)> conversations)
{
    private static readonly string[] Tokens =
        ["", "undefined", "null", "a.b.c", "eyJhbGciOiJub25lIn0.eyJjb252IjoiYSJ9.", new string('x', 8000), "Bearer", "../../", "%00"];

    private static readonly string[] Watermarks = ["", "0", "-1", "abc", "99999999999999999999", "1e5", "%20", "1;2", new string('9', 500)];

    public FuzzRequest Next()
    {
        var (conversationId, token) = conversations[random.Next(conversations.Count)];
        var escaped = Uri.EscapeDataString(random.Next(4) == 0 ? Short(40) : conversationId);
        var anyToken = random.Next(3) == 0 ? token : Tokens[random.Next(Tokens.Length)];
        var watermark = Uri.EscapeDataString(Watermarks[random.Next(Watermarks.Length)]);
        return random.Next(10) switch
        {
            0 => new(HttpMethod.Post, "/api/directline/token", Junk(), JunkMediaType(), "page token"),
            1 => new(HttpMethod.Get, "/api/directline/token", null, null, "page token GET"),
            2 => new(HttpMethod.Get, $"/v3/directline/conversations/{escaped}/activities?watermark={watermark}", null, null, "read", anyToken),
            3 => new(HttpMethod.Get, $"/v3/directline/conversations/{escaped}?watermark={watermark}", null, null, "reconnect", anyToken),
            4 => new(HttpMethod.Post, "/v3/directline/tokens/refresh", Junk(), JunkMediaType(), "refresh", anyToken),
            5 => new(HttpMethod.Get, $"/v3/directline/conversations/{escaped}/stream?t={Uri.EscapeDataString(anyToken)}&watermark={watermark}", null, null, "stream without upgrade"),
            6 => new(HttpMethod.Post, "/v3/directline/conversations", Junk(), JunkMediaType(), "start", anyToken),
            7 => new(HttpMethod.Get, $"/timer.html?title={Uri.EscapeDataString(Short(200))}&reps={watermark}&phases={Uri.EscapeDataString(NastyStrings.Fixed[random.Next(NastyStrings.Fixed.Length)])}", null, null, "timer page"),
            8 => new(random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Delete, "/api/messages", Junk(), JunkMediaType(), "messages wrong method"),
            _ => new(HttpMethod.Post, $"/v3/directline/{escaped}/{Uri.EscapeDataString(NastyStrings.Fixed[random.Next(NastyStrings.Fixed.Length)])}", Junk(), JunkMediaType(), "unknown path", anyToken),
        };
    }

    private string Short(int max)
    {
        var text = NastyStrings.Pick(random);
        var length = Math.Min(max, text.Length);
        return text[..(length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    private byte[]? Junk() => random.Next(5) switch
    {
        0 => null,
        1 => Encoding.UTF8.GetBytes(NastyStrings.Pick(random)),
        2 => JsonMutator.Serialize(new System.Text.Json.Nodes.JsonObject { ["user"] = JsonMutator.RandomValue(random, 2), ["locale"] = JsonMutator.RandomValue(random, 0) }),
        3 => JsonMutator.Serialize(new System.Text.Json.Nodes.JsonObject { ["a"] = JsonMutator.Nested(random, random.Next(10, 300)) }),
        _ => [.. Enumerable.Range(0, random.Next(0, 2000)).Select(_ => (byte)random.Next(256))],
    };

    private string? JunkMediaType() => random.Next(5) switch
    {
        0 => null,
        1 => "text/plain",
        2 => "application/json; charset=utf-16",
        _ => "application/json",
    };
}
