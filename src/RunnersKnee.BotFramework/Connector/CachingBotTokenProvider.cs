namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// Keeps one token until five minutes before it expires; when it must be renewed, one caller fetches and the
/// others wait for that result instead of each asking Entra ID.
/// </summary>
internal sealed class CachingBotTokenProvider(IAccessTokenSource? source, TimeProvider timeProvider) : IBotTokenProvider, IDisposable
{
    /// <summary>Renew this long before expiry so a token never dies in flight or under clock skew.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private BotAccessToken? _current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (source is null)
        {
            return null;
        }

        if (Usable(Volatile.Read(ref _current)) is { } cached)
        {
            return cached;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_current) is { } renewedMeanwhile)
            {
                return renewedMeanwhile;
            }

            var token = await source.AcquireAsync(cancellationToken);
            Volatile.Write(ref _current, token);
            return token.Value;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();

    private string? Usable(BotAccessToken? token) =>
        token is not null && token.ExpiresOn - RefreshMargin > timeProvider.GetUtcNow() ? token.Value : null;
}
