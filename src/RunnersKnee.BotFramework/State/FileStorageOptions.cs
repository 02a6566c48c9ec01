using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.State;

/// <summary>Where the embedded file store keeps its documents.</summary>
public sealed class FileStorageOptions
{
    public const string SectionName = "Storage:File";

    /// <value>Default: <c>.data/state</c> under the working directory.</value>
    [Required]
    public string Directory { get; set; } = Path.Combine(".data", "state");
}
