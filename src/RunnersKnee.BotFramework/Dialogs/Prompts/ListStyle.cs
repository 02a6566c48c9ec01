namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Not at all (the prompt activity carries its own card buttons).</summary>
    None,

    /// <summary>As <c>imBack</c> suggested actions: one tap sends the choice as text, in Web Chat and Teams 1:1.</summary>
    SuggestedActions,
}
