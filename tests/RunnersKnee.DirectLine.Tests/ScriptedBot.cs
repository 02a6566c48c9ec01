using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>
/// A bot driven by what the user types: <c>two</c> sends two replies, <c>update {id}</c> and <c>delete {id}</c> change
/// an earlier activity, <c>storage down</c> fails the turn as an unreachable store would; anything else is echoed.
/// </summary>
internal sealed class ScriptedBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Exists(m => m.Id != activity.Recipient?.Id) == true)
        {
            await turnContext.SendActivityAsync(new Activity { Text = "welcome" }, cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var words = (activity.Text ?? string.Empty).Split(' ', 2);
        switch (words[0])
        {
            case "two":
                await turnContext.SendActivityAsync(new Activity { Text = "first" }, cancellationToken);
                await turnContext.SendActivityAsync(new Activity { Text = "second" }, cancellationToken);
                break;
            case "update":
                await turnContext.UpdateActivityAsync(new Activity { Id = words[1], Text = "updated" }, cancellationToken);
                break;
            case "delete":
                await turnContext.DeleteActivityAsync(words[1], cancellationToken);
                break;
            case "storage":
                throw new StorageUnavailableException("The store is down.", new IOException("down"));
            default:
                await turnContext.SendActivityAsync(new Activity { Text = $"you said: {activity.Text}" }, cancellationToken);
                break;
        }
    }
}
