namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Ties a token to the activity it came with: the token's <c>serviceurl</c> claim must name the activity's
/// serviceUrl, so a stolen channel token cannot steer the bot's replies (and its bearer token) elsewhere.
/// </summary>
internal static class ServiceUrlClaim
{
    public const string Name = "serviceurl";

    /// <summary>Scheme, host, port and path compared case-insensitively; a trailing slash and the query are ignored.</summary>
    public static bool Matches(string? claimed, string? serviceUrl) =>
        Normalize(claimed) is { } left && Normalize(serviceUrl) is { } right && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static string? Normalize(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;
}
