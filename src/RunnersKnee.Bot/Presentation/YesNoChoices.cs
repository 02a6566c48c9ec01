using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Presentation;

/// <summary>The Yes and No buttons of a yes/no question, in the person's language.</summary>
public static class YesNoChoices
{
    public static List<Choice> For(TextCatalog texts, string? locale) =>
    [
        new() { Value = "yes", Title = texts.Get("safetyCheck.choice.yes", locale) },
        new() { Value = "no", Title = texts.Get("safetyCheck.choice.no", locale) },
    ];
}
