using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Shows "typing…" when a person's message takes longer than <see cref="TurnOptions.TypingDelay"/> to answer (a
/// slow store, a retried save). It is sent at once, not through the outbox, because it must arrive before the
/// answer; a turn that answers in time sends none. Proactive turns and invokes never show it.
/// </summary>
public sealed class TypingIndicatorMiddleware(IConnectorClientFactory connectors, IOptions<TurnOptions> options, TimeProvider timeProvider) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var delay = options.Value.TypingDelay;
        if (turnContext.Activity.Type != ActivityTypes.Message || delay <= TimeSpan.Zero || string.IsNullOrEmpty(turnContext.Activity.ServiceUrl))
        {
            await next(cancellationToken);
            return;
        }

        using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingAfterAsync(turnContext.Activity, delay, answered.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await answered.CancelAsync();
            await typing;
        }
    }

    private async Task ShowTypingAfterAsync(Activity inbound, TimeSpan delay, CancellationToken answered)
    {
        try
        {
            // Most turns answer before the delay: that ending is awaited without an exception thrown and caught per turn.
            await Task.Delay(delay, timeProvider, answered).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (answered.IsCancellationRequested)
            {
                return;
            }

            var typing = inbound.CreateReply();
            typing.Type = ActivityTypes.Typing;
            typing.ReplyToId = null;
            await connectors.Create(inbound.ServiceUrl!).SendToConversationAsync(typing, answered);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or ConnectorException)
        {
            // Answered in time, or the channel did not take it: the indicator is a courtesy, the answer is what counts.
        }
    }
}
