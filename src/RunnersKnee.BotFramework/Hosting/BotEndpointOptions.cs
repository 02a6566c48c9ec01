using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>Limits of the <c>/api/messages</c> endpoint.</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "BotEndpoint";

    /// <value>The largest activity accepted, in bytes. Teams messages stay well under 100 KB; default 256 KB.</value>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
