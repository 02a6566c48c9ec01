using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// The Azure Storage account that holds state (section <c>Storage:Blob</c>) and how patiently it is called. The
/// account part (connection string, or account URL with an Entra ID credential) is shared through
/// <see cref="AzureStorageAccount"/> with anything else that uses the same account, such as queues.
/// </summary>
public sealed class BlobStorageOptions
{
    public const string SectionName = "Storage:Blob";

    /// <summary>A storage connection string (shared key or SAS). Wins over <see cref="AccountUrl"/> when both are set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The Blob service URL, e.g. <c>https://myaccount.blob.core.windows.net</c>, used with
    /// <c>DefaultAzureCredential</c> (managed identity in Azure, developer sign-in locally).
    /// </summary>
    [Url]
    public string? AccountUrl { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <value>Default: <c>botstate</c>. Created on first write if missing.</value>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "ContainerName must be a valid Azure container name (3-63 lowercase letters, digits, single hyphens).")]
    public string ContainerName { get; set; } = "botstate";

    /// <summary>How long one HTTP attempt may take before the Azure SDK gives up on it (and retries).</summary>
    /// <value>Default: 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries the Azure SDK makes after a failed attempt (429, 5xx, timeouts, refused connections).</summary>
    /// <value>Default: 3, so an unreachable store fails a turn within seconds instead of minutes.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially up to <see cref="MaxRetryDelay"/>.</summary>
    /// <value>Default: 0.5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <value>Default: 4 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>True when an account is configured, which is also what selects Blob when <c>Storage:Provider</c> is empty.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountUrl);
}
