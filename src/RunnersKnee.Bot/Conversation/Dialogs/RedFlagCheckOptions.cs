namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// Why a red-flag check started: the research rows of the red flags the person named in their own words (none when a
/// rule started it, such as a session ended for pain), and the waiting question to go back to when the lists come
/// back no and nothing was named.
/// </summary>
public sealed class RedFlagCheckOptions
{
    public List<string> Named { get; set; } = [];

    public RedFlagCheckReturn? Back { get; set; }

    /// <summary>What to say when both lists come back no and nothing was named; null says the usual "no warning signs".</summary>
    public string? ClearKey { get; set; }
}
