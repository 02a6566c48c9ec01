using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// One metadata URL and its signing keys, cached by <see cref="ConfigurationManager{T}"/> and re-read every
/// <c>MetadataRefreshInterval</c>. A token with an unknown <c>kid</c> forces one refresh that the caller waits
/// for (keys can be added at any time), at most once per <see cref="ForcedRefreshInterval"/> so forged kids
/// cannot hammer the metadata host.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    /// <summary>The library's own floor between forced refreshes.</summary>
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(15);

    private readonly EndorsedConfigurationRetriever _retriever = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private Task<EndorsedOpenIdConfiguration?>? _pending;
    private DateTimeOffset? _lastForcedRefresh;

    public OpenIdMetadataSource(string metadataUrl, IDocumentRetriever documents, TimeSpan refreshInterval, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, _retriever, documents)
        {
            AutomaticRefreshInterval = refreshInterval,
            RefreshInterval = ForcedRefreshInterval,
        };
    }

    public async Task<EndorsedOpenIdConfiguration> GetAsync(CancellationToken cancellationToken) =>
        (EndorsedOpenIdConfiguration)await _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Re-reads the keys now and returns them; null when a forced refresh ran recently or did not finish.</summary>
    public async Task<EndorsedOpenIdConfiguration?> ForceRefreshAsync(CancellationToken cancellationToken)
    {
        Task<EndorsedOpenIdConfiguration?> pending;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            if (_pending is { IsCompleted: false })
            {
                pending = _pending;
            }
            else if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval + TimeSpan.FromSeconds(1))
            {
                return null;
            }
            else
            {
                // Subscribe before asking: the manager fetches on a background task.
                pending = _pending = _retriever.NextRetrievalAsync();
                _lastForcedRefresh = now;
                _manager.RequestRefresh();
            }
        }

        try
        {
            return await pending.WaitAsync(MaxWait, _timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
