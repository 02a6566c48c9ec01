using System.Text.Json.Nodes;
using RunnersKnee.Bot.Cards;
using RunnersKnee.Bot.Texts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Bots;

/// <summary>Routes each activity type: a welcome when someone joins, help for messages.</summary>
public sealed class CoachBot(CardFactory cards, TextCatalog texts) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Exists(m => m.Id != activity.Recipient?.Id) == true:
                await SendWelcomeAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Message:
                await turnContext.SendActivityAsync(new Activity { Text = texts.Get("help.text", activity.Locale) }, cancellationToken);
                break;
        }
    }

    private Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var card = cards.CreateAttachment("welcome", new Dictionary<string, JsonNode?>
        {
            ["title"] = texts.Get("welcome.title", locale),
            ["body"] = texts.Get("welcome.body", locale),
            ["notDoctor"] = texts.Get("welcome.notDoctor", locale),
            ["speak"] = texts.Get("welcome.title", locale) + ". " + texts.Get("welcome.body", locale),
            ["actions"] = new JsonArray(),
        });
        return turnContext.SendActivityAsync(new Activity { Attachments = [card] }, cancellationToken);
    }
}
