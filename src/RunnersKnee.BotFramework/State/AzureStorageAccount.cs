using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// One Azure Storage account, configured once in <c>Storage:Blob</c>: a connection string, or an account URL with
/// <c>DefaultAzureCredential</c> (one credential instance, so its token cache is shared). Creates Blob and Queue
/// clients with the same account, credential, retries and network timeout.
/// </summary>
public sealed class AzureStorageAccount(IOptions<BlobStorageOptions> options)
{
    private readonly BlobStorageOptions _options = options.Value;
    private readonly Lazy<TokenCredential> _credential = new(() => new DefaultAzureCredential(
        new DefaultAzureCredentialOptions { ManagedIdentityClientId = NullIfEmpty(options.Value.ManagedIdentityClientId) }));

    /// <summary>A Blob service client on the account, with the configured retries and network timeout.</summary>
    public BlobServiceClient CreateBlobServiceClient()
    {
        var clientOptions = ApplyRetry(new BlobClientOptions());
        return HasConnectionString
            ? new BlobServiceClient(_options.ConnectionString, clientOptions)
            : new BlobServiceClient(BlobServiceUri, _credential.Value, clientOptions);
    }

    /// <summary>
    /// A Queue service client on the same account. With an account URL the queue endpoint is derived from the
    /// blob one (<c>https://name.blob.…</c> → <c>https://name.queue.…</c>); other URLs need a connection string.
    /// </summary>
    public QueueServiceClient CreateQueueServiceClient(Action<QueueClientOptions>? configure = null)
    {
        var clientOptions = ApplyRetry(new QueueClientOptions());
        configure?.Invoke(clientOptions);
        return HasConnectionString
            ? new QueueServiceClient(_options.ConnectionString, clientOptions)
            : new QueueServiceClient(ToQueueServiceUri(BlobServiceUri), _credential.Value, clientOptions);
    }

    /// <summary>The queue endpoint of the account whose blob endpoint is <paramref name="blobServiceUri"/>.</summary>
    public static Uri ToQueueServiceUri(Uri blobServiceUri)
    {
        var labels = blobServiceUri.Host.Split('.');
        if (labels.Length < 3 || !string.Equals(labels[1], "blob", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Cannot derive a queue endpoint from '{blobServiceUri}'; set {BlobStorageOptions.SectionName}:ConnectionString instead.");
        }

        labels[1] = "queue";
        return new UriBuilder(blobServiceUri) { Host = string.Join('.', labels) }.Uri;
    }

    private bool HasConnectionString => !string.IsNullOrWhiteSpace(_options.ConnectionString);

    private Uri BlobServiceUri => string.IsNullOrWhiteSpace(_options.AccountUrl)
        ? throw new InvalidOperationException(
            $"Azure Storage is not configured: set {BlobStorageOptions.SectionName}:ConnectionString or {BlobStorageOptions.SectionName}:AccountUrl.")
        : new Uri(_options.AccountUrl, UriKind.Absolute);

    // The SDK's defaults (100 s per attempt, up to a minute between retries) would hold a turn for minutes.
    private T ApplyRetry<T>(T clientOptions)
        where T : Azure.Core.ClientOptions
    {
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = _options.MaxRetries;
        clientOptions.Retry.Delay = _options.RetryDelay;
        clientOptions.Retry.MaxDelay = _options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = _options.NetworkTimeout;
        return clientOptions;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
