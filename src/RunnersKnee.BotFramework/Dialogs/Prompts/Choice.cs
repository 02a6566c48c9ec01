namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>An option of a choice prompt: the value returned, a button title, and other words people use for it.</summary>
public sealed class Choice
{
    public string Value { get; set; } = string.Empty;

    public string? Title { get; set; }

    public List<string> Synonyms { get; set; } = [];
}
