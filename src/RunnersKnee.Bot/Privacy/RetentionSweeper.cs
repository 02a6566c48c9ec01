using RunnersKnee.Bot.Diagnostics;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// Keeps the retention promise for people who never come back: every <see cref="PrivacyOptions.SweepInterval"/> it
/// erases stored state nobody has written for <see cref="PrivacyOptions.RetentionDays"/> (every turn rewrites a
/// conversation's document, so its age is the time since the person's last message). File and Blob stores only:
/// memory state does not outlive the process. Pending timers are left to fire; they find nothing and end.
/// </summary>
public sealed class RetentionSweeper(
    IServiceProvider services,
    IOptions<PrivacyOptions> privacy,
    IOptions<StorageOptions> storage,
    IOptions<FileStorageOptions> files,
    IOptions<BlobStorageOptions> blobs,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    private static readonly string TimerPrefix = Uri.EscapeDataString("timers/");

    /// <summary>Erases what is older than the retention limit now; returns how many documents went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(privacy.Value.RetentionDays);
        var provider = storage.Value.Provider?.Trim().ToUpperInvariant();
        return provider switch
        {
            "FILE" => SweepFiles(cutoff),
            "BLOB" => await SweepBlobsAsync(cutoff, cancellationToken),
            null or "" when blobs.Value.IsConfigured => await SweepBlobsAsync(cutoff, cancellationToken),
            null or "" => SweepFiles(cutoff),
            _ => 0,
        };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SweepAsync(stoppingToken) is > 0 and var count)
                {
                    CoachLog.RetentionSwept(logger, count, privacy.Value.RetentionDays);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                CoachLog.RetentionSweepFailed(logger, exception);
            }

            try
            {
                await Task.Delay(privacy.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private int SweepFiles(DateTimeOffset cutoff)
    {
        var directory = Path.GetFullPath(files.Value.Directory);
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var erased = 0;
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
            {
                File.Delete(file);
                erased++;
            }
        }

        return erased;
    }

    private async Task<int> SweepBlobsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var container = services.GetRequiredService<AzureStorageAccount>().CreateBlobServiceClient().GetBlobContainerClient(blobs.Value.ContainerName);
        var erased = 0;
        try
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                if (blob.Properties.LastModified < cutoff && !blob.Name.StartsWith(TimerPrefix, StringComparison.Ordinal))
                {
                    // Only if still untouched: a turn that wrote it meanwhile wins.
                    var conditions = new BlobRequestConditions { IfUnmodifiedSince = cutoff };
                    erased += await DeleteAsync(container.GetBlobClient(blob.Name), conditions, cancellationToken) ? 1 : 0;
                }
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // No container yet: nothing was ever stored.
        }

        return erased;
    }

    private static async Task<bool> DeleteAsync(Azure.Storage.Blobs.BlobClient blob, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }
}
