using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// Reads a user's answer the same way whether it was typed or clicked: message text (with the bot's @mention
/// removed), or the <c>answer</c> field of a card submit (Web Chat postBack, Teams Action.Submit), of a Teams
/// <c>adaptiveCard/action</c> invoke, or of what a Teams dialog submitted (<c>task/submit</c>).
/// </summary>
public static class DialogInput
{
    /// <summary>The data field card buttons put their answer in.</summary>
    public const string AnswerProperty = "answer";

    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public const string TaskSubmitInvoke = "task/submit";

    public static bool IsUserInput(Activity activity) =>
        activity.Type == ActivityTypes.Message
        || (activity.Type == ActivityTypes.Invoke && activity.Name is AdaptiveCardActionInvoke or TaskSubmitInvoke);

    /// <summary>The card data of a submit or an Action.Execute, if any.</summary>
    public static JsonElement? GetData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (activity.Type == ActivityTypes.Invoke && activity.Name == TaskSubmitInvoke)
        {
            // A dialog's submit arrives as { data: ..., context: ... }.
            return value.TryGetProperty("data", out var submitted) && submitted.ValueKind == JsonValueKind.Object ? submitted : null;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return value.TryGetProperty("action", out var action)
                && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.Object
                    ? data
                    : null;
        }

        return value;
    }

    /// <summary>The answer as text: typed text first, else the clicked button's <c>answer</c>.</summary>
    public static string? GetText(Activity activity)
    {
        if (activity.Type == ActivityTypes.Message && activity.GetTextWithoutMentions() is { Length: > 0 } typed)
        {
            return typed;
        }

        return GetData(activity) is { } data
            && data.TryGetProperty(AnswerProperty, out var answer)
            && answer.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? answer.ToString()
                : null;
    }
}
