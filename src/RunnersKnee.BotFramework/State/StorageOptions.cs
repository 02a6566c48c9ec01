namespace RunnersKnee.BotFramework.State;

/// <summary>Which store holds state: <c>File</c> (the embedded default), <c>Memory</c> or <c>Blob</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <value>
    /// <c>File</c>, <c>Memory</c> or <c>Blob</c>. Left empty, Blob is chosen when a Blob connection string or
    /// account URL is configured, otherwise File.
    /// </value>
    public string? Provider { get; set; }
}
