using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Runs turns: one at a time per conversation, through the middleware to the bot, retried on fresh state when
/// the state write loses a race, and only then delivers what the turn sent. A failing turn goes to the one
/// <see cref="ITurnErrorHandler"/>. Every turn, its delivery included, holds a pass of the <see cref="TurnGate"/>;
/// once the gate is closed for shutdown a turn is not started and <see cref="TurnResult.ShuttingDown"/> is returned.
/// </summary>
public sealed class BotAdapter(
    IBot bot,
    IEnumerable<IMiddleware> middleware,
    ITurnErrorHandler errorHandler,
    TurnDelivery delivery,
    IOptions<TurnOptions> options,
    TurnTelemetry telemetry,
    TurnGate gate,
    KeyedAsyncLock documents,
    ILogger<BotAdapter> logger)
{
    private readonly IMiddleware[] _middleware = [.. middleware];

    /// <summary>Runs the bot for an authenticated inbound activity.</summary>
    public Task<TurnResult> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        RunTurnAsync(activity, bot.OnTurnAsync, cancellationToken);

    /// <summary>
    /// Runs <paramref name="callback"/> as a turn in a stored conversation (proactive messages, timers): same
    /// ordering, state and delivery rules as an inbound turn. The synthetic activity is an <c>event</c> named
    /// <paramref name="eventName"/> with <paramref name="value"/>.
    /// </summary>
    public Task<TurnResult> ContinueConversationAsync(
        ConversationReference reference,
        string eventName,
        System.Text.Json.JsonElement? value,
        Func<ITurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = eventName,
            Value = value,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        return RunTurnAsync(activity, callback, cancellationToken);
    }

    private async Task<TurnResult> RunTurnAsync(
        Activity activity,
        Func<ITurnContext, CancellationToken, Task> logic,
        CancellationToken cancellationToken)
    {
        var pass = gate.TryEnter();
        if (pass is null)
        {
            BotFrameworkLog.RefusedWhileStopping(logger, LogText.Of(activity.Type));
            return TurnResult.ShuttingDown;
        }

        using var measurement = telemetry.Start(activity);
        // Turns that share a state document wait for each other here rather than lose save races to each other.
        var stateKey = PrimaryState.KeyFor(options.Value.StateScope, activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.From?.Id);
        IDisposable document;
        try
        {
            // The gate's pass goes with the document: both are held until the replies are delivered.
            document = new ReleasedTogether(await documents.EnterAsync(stateKey, cancellationToken), pass);
        }
        catch
        {
            pass.Dispose();
            throw;
        }

        var deliveringInBackground = false;
        try
        {
            // Ids are hashed: logs can follow a conversation without identifying the person.
            using var scope = logger.BeginScope(new TurnLogScope(activity.Conversation?.Id, activity.From?.Id, activity.Type));
            var maxAttempts = options.Value.MaxAttempts;
            for (var attempt = 1; ; attempt++)
            {
                var turn = new TurnContext(activity);
                try
                {
                    // Replies an earlier turn did not deliver are put first in the outbox (KeptRepliesMiddleware).
                    await RunPipelineAsync(turn, 0, logic, cancellationToken);
                }
                catch (StorageConflictException) when (attempt < maxAttempts)
                {
                    BotFrameworkLog.ConflictRetry(logger, attempt);
                    measurement.Retried();
                    continue;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    measurement.Ended(TurnOutcomes.Cancelled);
                    throw;
                }
                catch (Exception exception)
                {
                    return await FailAsync(turn, exception, measurement, cancellationToken);
                }

                // The state is committed: a failure now must not undo it or apologise for it.
                await RunCommittedActionsAsync(turn, cancellationToken);
                if (activity.Type == ActivityTypes.Invoke && turn.Outbox.Count > 0)
                {
                    // Teams gives an invoke about 15 s; a throttled send must not hold its answer. The document stays
                    // locked until the sends are done, so the person's next turn cannot overtake them.
                    deliveringInBackground = true;
                    measurement.Ended(TurnOutcomes.Ok);
                    _ = DeliverThenReleaseAsync(turn, document);
                    return ResultOf(turn);
                }

                await DeliverAsync(turn, measurement, cancellationToken);
                return ResultOf(turn);
            }
        }
        finally
        {
            if (!deliveringInBackground)
            {
                document.Dispose();
            }
        }
    }

    private async Task RunCommittedActionsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var action in turn.CommittedActions)
            {
                await action(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.CommittedActionFailed(logger, exception);
        }
    }

    private async Task DeliverAsync(TurnContext turn, TurnMeasurement measurement, CancellationToken cancellationToken)
    {
        try
        {
            var delivered = await delivery.DeliverAsync(turn, committed: true, cancellationToken);
            measurement.Ended(delivered ? TurnOutcomes.Ok : TurnOutcomes.DeliveryFailed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Keeping the undelivered replies failed too (the store is down).
            BotFrameworkLog.DeliveryFailed(logger, exception);
            measurement.DeliveryFailed(exception);
            measurement.Ended(TurnOutcomes.DeliveryFailed);
        }
    }

    private async Task DeliverThenReleaseAsync(TurnContext turn, IDisposable document)
    {
        using (document)
        {
            try
            {
                await Task.Yield();
                await delivery.DeliverAsync(turn, committed: true, CancellationToken.None);
            }
            catch (Exception exception)
            {
                BotFrameworkLog.DeliveryFailed(logger, exception);
            }
        }
    }

    private Task RunPipelineAsync(
        TurnContext turn,
        int index,
        Func<ITurnContext, CancellationToken, Task> logic,
        CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, index + 1, logic, ct), cancellationToken)
            : logic(turn, cancellationToken);

    private async Task<TurnResult> FailAsync(TurnContext turn, Exception exception, TurnMeasurement measurement, CancellationToken cancellationToken)
    {
        var storeDown = exception is StorageUnavailableException or StorageConflictException;
        measurement.Ended(storeDown ? TurnOutcomes.StoreUnavailable : TurnOutcomes.Failed);
        turn.ClearOutbox();
        turn.InvokeResponse = null;
        await errorHandler.OnTurnErrorAsync(turn, exception, cancellationToken);
        try
        {
            await delivery.DeliverAsync(turn, committed: false, cancellationToken);
        }
        catch (Exception deliveryFailure) when (deliveryFailure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.DeliveryFailed(logger, deliveryFailure);
            measurement.DeliveryFailed(deliveryFailure);
        }

        // A store that is down may be back when the channel retries; any other failure would only repeat.
        if (storeDown)
        {
            return new TurnResult(503);
        }

        return turn.Activity.Type == ActivityTypes.Invoke
            ? new TurnResult(turn.InvokeResponse?.Status ?? 500, turn.InvokeResponse?.Body)
            : TurnResult.Ok;
    }

    private static TurnResult ResultOf(TurnContext turn)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke)
        {
            return TurnResult.Ok;
        }

        return turn.InvokeResponse is { } response ? new TurnResult(response.Status, response.Body) : new TurnResult(501);
    }
}
