using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>Tells the user something went wrong, as the app's handler does.</summary>
internal sealed class ApologisingErrorHandler : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(new Activity { Text = "sorry" }, cancellationToken);
}
