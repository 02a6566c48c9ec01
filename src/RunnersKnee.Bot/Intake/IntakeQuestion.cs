using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Intake;

/// <summary>One intake question with its clarifying re-prompt and its buttons (each with the words it also understands).</summary>
public sealed class IntakeQuestion
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Retry { get; set; } = string.Empty;

    public List<Choice> Choices { get; set; } = [];
}
