using System.Net.Sockets;
using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// State in Azure Blob Storage, shared by every instance of the bot: one JSON blob per key (named by
/// <see cref="StorageKeys.ToBlobName"/>) in one container, created on the first write if missing. The blob's ETag
/// carries the <see cref="IStorage"/> concurrency rule: ETag null → <c>If-None-Match: *</c>, <c>"*"</c> →
/// unconditional, otherwise <c>If-Match</c>. Retries and timeouts are the Azure SDK's (set through
/// <see cref="AzureStorageAccount"/>); whatever still fails becomes <see cref="StorageUnavailableException"/>.
/// A call with several keys is not atomic: keys other than a conflicting one may already be written.
/// </summary>
public sealed class BlobStorage(BlobContainerClient container, ILogger<BlobStorage> logger) : IStorage
{
    private readonly Lock _containerGate = new();
    private Task? _containerReady;

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync("read", async () =>
        {
            var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
            var items = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken)));
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            for (var i = 0; i < distinct.Length; i++)
            {
                if (items[i] is { } item)
                {
                    found[distinct[i]] = item;
                }
            }

            return (IReadOnlyDictionary<string, StoreItem>)found;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        GuardAsync("write", async () =>
        {
            await EnsureContainerAsync(cancellationToken);
            var written = await Task.WhenAll(changes.Select(async change =>
                KeyValuePair.Create(change.Key, await WriteOneAsync(change.Key, change.Value, cancellationToken))));
            return (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(written, StringComparer.Ordinal);
        }, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync("delete", async () =>
        {
            // DeleteIfExists also treats a missing container as nothing to delete.
            await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(key =>
                container.GetBlobClient(StorageKeys.ToBlobName(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken)));
            return true;
        }, cancellationToken);

    private async Task<StoreItem?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.GetBlobClient(StorageKeys.ToBlobName(key)).DownloadContentAsync(cancellationToken);
            return new StoreItem(response.Value.Content, response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // BlobNotFound or ContainerNotFound: either way the key does not exist.
            return null;
        }
    }

    private async Task<string> WriteOneAsync(string key, StoreItem change, CancellationToken cancellationToken, bool containerRecreated = false)
    {
        var blob = container.GetBlobClient(StorageKeys.ToBlobName(key));
        var options = new BlobUploadOptions
        {
            Conditions = change.ETag switch
            {
                null => new BlobRequestConditions { IfNoneMatch = ETag.All },
                StoreItem.AnyETag => null,
                var etag => new BlobRequestConditions { IfMatch = new ETag(etag) },
            },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };
        try
        {
            return (await blob.UploadAsync(change.Content, options, cancellationToken)).Value.ETag.ToString();
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound && !containerRecreated)
        {
            // Someone deleted the container after we made sure of it: make it again rather than fail every turn.
            ForgetContainer();
            await EnsureContainerAsync(cancellationToken);
            return await WriteOneAsync(key, change, cancellationToken, containerRecreated: true);
        }
        catch (RequestFailedException exception) when (IsConflict(exception, change.ETag))
        {
            throw new StorageConflictException(key, exception);
        }
    }

    private static bool IsConflict(RequestFailedException exception, string? etag) => etag switch
    {
        // Azure answers a create-only Put Blob on an existing blob with 409 BlobAlreadyExists, some emulators with 412.
        null => exception.Status == 412 || exception.ErrorCode == BlobErrorCode.BlobAlreadyExists,
        StoreItem.AnyETag => false,
        // If-Match against a blob that was deleted meanwhile is also a lost race.
        _ => exception.Status == 412 || exception.ErrorCode == BlobErrorCode.BlobNotFound,
    };

    /// <summary>Creates the container once per instance; a failed attempt is forgotten so the next call tries again.</summary>
    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        Task ready;
        lock (_containerGate)
        {
            if (_containerReady is null || _containerReady.IsFaulted || _containerReady.IsCanceled)
            {
                // Not the caller's token: one cancelled turn must not fail the creation other turns wait for.
                _containerReady = CreateContainerAsync();
            }

            ready = _containerReady;
        }

        return ready.WaitAsync(cancellationToken);
    }

    private void ForgetContainer()
    {
        lock (_containerGate)
        {
            _containerReady = null;
        }
    }

    private async Task CreateContainerAsync()
    {
        var created = await container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        if (created is not null)
        {
            BotFrameworkLog.BlobContainerCreated(logger, container.Name);
        }
    }

    private async Task<T> GuardAsync<T>(string operation, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (IsStoreFault(exception, cancellationToken))
        {
            BotFrameworkLog.BlobStoreFailed(logger, operation, container.Name, exception);
            throw new StorageUnavailableException($"Blob storage could not {operation} in container '{container.Name}'.", exception);
        }
    }

    // The SDK reports exhausted retries as AggregateException and its own network timeout as a cancellation.
    private static bool IsStoreFault(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestFailedException or AggregateException or HttpRequestException or SocketException or IOException
            or AuthenticationFailedException => true,
        _ => false,
    };
}
