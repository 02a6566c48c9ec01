using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine;

/// <summary>
/// Issues and checks the embedded endpoint's tokens: compact HS256 JWTs bound to one conversation and one user.
/// Only the exact header this service writes is accepted, so <c>alg: none</c> or a swapped algorithm never verifies.
/// </summary>
internal sealed class DirectLineTokenService
{
    public const string Issuer = "embedded-directline";

    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
    }

    /// <summary>True when <paramref name="base64"/> is a usable signing key (for options validation).</summary>
    public static bool IsValidKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return true;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var length) && length >= 32;
    }

    public (string Token, DateTimeOffset ExpiresAt) Issue(string conversationId, string userId, DirectLineTokenKind kind, TimeSpan lifetime)
    {
        var now = _timeProvider.GetUtcNow();
        var expiresAt = now + lifetime;
        var payload = new DirectLineTokenPayload(Issuer, Use(kind), conversationId, userId, now.ToUnixTimeSeconds(), expiresAt.ToUnixTimeSeconds());
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, DirectLineJsonContext.Default.DirectLineTokenPayload));
        var signed = $"{Header}.{body}";
        return ($"{signed}.{Base64Url.EncodeToString(Sign(signed))}", DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt));
    }

    /// <summary>The token's claims when it is ours, untampered, unexpired and of <paramref name="kind"/>; otherwise null.</summary>
    public DirectLineToken? Validate(string? token, DirectLineTokenKind kind)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !string.Equals(parts[0], Header, StringComparison.Ordinal))
        {
            return null;
        }

        if (!HasSignature(parts[2], Sign($"{parts[0]}.{parts[1]}")))
        {
            return null;
        }

        DirectLineTokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJsonContext.Default.DirectLineTokenPayload);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload?.ExpiresAt ?? 0);
        if (payload is null
            || payload.Issuer != Issuer
            || payload.Use != Use(kind)
            || string.IsNullOrEmpty(payload.ConversationId)
            || string.IsNullOrEmpty(payload.UserId)
            || expiresAt <= _timeProvider.GetUtcNow())
        {
            return null;
        }

        return new DirectLineToken(token!, payload.ConversationId, payload.UserId, kind, expiresAt);
    }

    private static bool HasSignature(string encoded, byte[] expected)
    {
        var signature = new byte[32];
        try
        {
            return Base64Url.TryDecodeFromChars(encoded, signature, out var length)
                && length == signature.Length
                && CryptographicOperations.FixedTimeEquals(signature, expected);
        }
        catch (FormatException)
        {
            // "Try" only covers a short buffer: a damaged signature (bad characters or trailing bits) throws.
            return false;
        }
    }

    private static string Use(DirectLineTokenKind kind) => kind switch
    {
        DirectLineTokenKind.Stream => "stream",
        DirectLineTokenKind.Person => "person",
        _ => "conversation",
    };

    private byte[] Sign(string signed) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed));
}
