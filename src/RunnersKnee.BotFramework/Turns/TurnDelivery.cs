using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Delivers a committed turn's outbox in order. When a call fails (after the connector's own retries), it and
/// everything after it are kept in the turn's primary state document, which costs a second write only then, and
/// go out first on the next turn of that document: the person's next message, the channel's redelivery of this
/// one, or the turn the app schedules through <see cref="IDeliveryRetryScheduler"/>. A reply is never dropped
/// because a later one failed, and nothing delivered is sent again.
/// </summary>
/// <remarks>
/// A POST that failed with a 5xx or a dropped connection may in rare cases have reached the channel anyway (the
/// Bot Connector has no idempotency key); it is sent again then. Of a doubled message and a lost one, a health
/// coach must prefer the doubled one.
/// </remarks>
public sealed class TurnDelivery(
    IConnectorClientFactory connectors,
    PrimaryState primaryState,
    IDeliveryRetryScheduler retries,
    IBotRemovedHandler removed,
    IOptions<TurnOptions> options,
    TimeProvider timeProvider,
    ILogger<TurnDelivery> logger)
{
    public const string PropertyName = "undeliveredReplies";

    private const string TurnStateKey = "kept-replies";

    private const int MaxKeepAttempts = 3;

    private readonly IStatePropertyAccessor<List<UndeliveredReply>> _kept = primaryState.CreateProperty<List<UndeliveredReply>>(PropertyName);

    /// <summary>
    /// Notes what earlier turns of this document could not deliver, while the document the turn read is still parsed
    /// (before the save), so it costs no second read or parse. <see cref="KeptRepliesMiddleware"/> calls it.
    /// </summary>
    public async Task NoteKeptAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (HasDocument(turn) && await _kept.PeekAsync(turn, cancellationToken) is { Count: > 0 } kept)
        {
            turn.TurnState.Set(TurnStateKey, kept);
        }
    }

    /// <summary>Puts what earlier turns of this document could not deliver ahead of this turn's replies; returns how many were kept.</summary>
    public int TakeKept(TurnContext turn)
    {
        if (turn.TurnState.Get<List<UndeliveredReply>>(TurnStateKey) is not { Count: > 0 } kept)
        {
            return 0;
        }

        var oldest = timeProvider.GetUtcNow() - options.Value.UndeliveredMaxAge;
        var fresh = kept.Where(reply => reply.Since >= oldest).ToList();
        if (fresh.Count < kept.Count)
        {
            BotFrameworkLog.UndeliveredExpired(logger, kept.Count - fresh.Count);
        }

        turn.PrependToOutbox(fresh.Select(reply => new OutgoingOperation(reply.Kind, reply.Activity) { KeptId = reply.Id, KeptSince = reply.Since }));
        return kept.Count;
    }

    /// <summary>Delivers the outbox; false when some of it was kept for later.</summary>
    public async Task<bool> DeliverAsync(TurnContext turn, int keptCount, CancellationToken cancellationToken)
    {
        var outbox = turn.Outbox;
        var refused = false;
        for (var index = 0; index < outbox.Count; index++)
        {
            try
            {
                await SendAsync(outbox[index], cancellationToken);
            }
            catch (ConnectorException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
            {
                // The bot was removed from that conversation (uninstalled, blocked): it will never take this reply.
                BotFrameworkLog.ReplyRefused(logger, (int)exception.StatusCode);
                if (!refused)
                {
                    refused = true;
                    await removed.OnBotRemovedAsync(turn, turn.Activity.GetConversationReference(), cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                BotFrameworkLog.DeliveryFailed(logger, exception);
                await KeepAsync(turn, outbox.Skip(index).ToList(), outbox.Take(index), cancellationToken);
                if (HasDocument(turn))
                {
                    await retries.ScheduleAsync(turn.Activity.GetConversationReference(), options.Value.DeliveryRetryDelay, cancellationToken);
                }

                return false;
            }
        }

        if (keptCount > 0)
        {
            await KeepAsync(turn, [], outbox, cancellationToken);
        }

        return true;
    }

    private Task SendAsync(OutgoingOperation operation, CancellationToken cancellationToken)
    {
        var outgoing = operation.Activity;
        var client = connectors.Create(outgoing.ServiceUrl ?? string.Empty);
        return operation.Kind switch
        {
            OutgoingOperationKind.Update => client.UpdateActivityAsync(outgoing, cancellationToken),
            OutgoingOperationKind.Delete => client.DeleteActivityAsync(outgoing.Conversation?.Id ?? string.Empty, outgoing.Id!, cancellationToken),
            _ when !string.IsNullOrEmpty(outgoing.ReplyToId) => client.ReplyToActivityAsync(outgoing, cancellationToken),
            _ => client.SendToConversationAsync(outgoing, cancellationToken),
        };
    }

    /// <summary>
    /// Writes <paramref name="remainder"/> as the document's kept replies. The turn still holds the document's
    /// lock, so only another instance can have written since; then its kept replies stay too, less the ones this
    /// turn has just delivered.
    /// </summary>
    private async Task KeepAsync(TurnContext turn, List<OutgoingOperation> remainder, IEnumerable<OutgoingOperation> delivered, CancellationToken cancellationToken)
    {
        if (!HasDocument(turn))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var ours = remainder.ConvertAll(op => new UndeliveredReply(op.KeptId ?? Guid.NewGuid().ToString("N"), op.Kind, op.Activity, op.KeptSince ?? now));
        var keep = ours;
        var handled = new HashSet<string>(remainder.Concat(delivered).Select(op => op.KeptId).OfType<string>(), StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            if (keep.Count == 0)
            {
                await _kept.DeleteAsync(turn, cancellationToken);
            }
            else
            {
                await _kept.SetAsync(turn, keep, cancellationToken);
            }

            try
            {
                await primaryState.SaveChangesAsync(turn, force: false, cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxKeepAttempts)
            {
                await primaryState.LoadAsync(turn, force: true, cancellationToken);
                var theirs = await _kept.PeekAsync(turn, cancellationToken) ?? [];
                keep = [.. ours, .. theirs.Where(reply => !handled.Contains(reply.Id))];
            }
        }
    }

    private static bool HasDocument(ITurnContext turn) =>
        !string.IsNullOrEmpty(turn.Activity.ChannelId) && !string.IsNullOrEmpty(turn.Activity.Conversation?.Id);
}
