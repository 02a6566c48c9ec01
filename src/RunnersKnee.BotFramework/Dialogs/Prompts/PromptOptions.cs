using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt asks, what it asks when the answer was not understood, and the choices it offers.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>How choices are shown when the prompt activity has no card of its own.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedActions;

    /// <summary>A plain question, asked again word for word when the answer is not understood.</summary>
    public static PromptOptions Ask(string question) => new()
    {
        Prompt = new Activity { Text = question },
        RetryPrompt = new Activity { Text = question },
    };
}
