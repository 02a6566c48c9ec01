using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Delivers a committed turn's outbox in order, so that no reply is lost when a send fails or the process dies.
/// On a store that outlives the process, the turn's replies are written with its state, in its one write, each
/// under an id and the name of the process sending them (<see cref="ReplySender"/>); what this process then
/// delivers it remembers (<see cref="DeliveredMarks"/>), so the document's next turn here overwrites them unread,
/// and a process that died before delivering them leaves them for the next turn of that document (the person's next
/// message, the channel's redelivery of this one, any due event) to send first. When a call fails (after the
/// connector's own retries), it and everything after it are kept in the document (a second write, only then) with no
/// sender, so the next turn sends them whichever instance runs it, and the app is asked for that turn through
/// <see cref="IDeliveryRetryScheduler"/>. A reply is never dropped because a later one failed, and nothing this
/// process delivered is sent again by it.
/// </summary>
/// <remarks>
/// A reply may arrive twice in two cases, both rarer than the loss they replace: a POST that failed with a 5xx or a
/// dropped connection may have reached the channel anyway, and a process killed while delivering leaves the turn's
/// replies it had already sent listed too (the Bot Connector has no idempotency key and no way to list what
/// arrived). Of a doubled message and a lost one, a health coach must prefer the doubled one. Replies another live
/// instance wrote are left to it for <see cref="TurnOptions.OtherInstanceGrace"/>.
/// </remarks>
public sealed class TurnDelivery(
    IConnectorClientFactory connectors,
    PrimaryState primaryState,
    IStorage storage,
    DeliveredMarks marks,
    ReplySender sender,
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
    /// Before the save (<see cref="KeptRepliesMiddleware"/> calls it, while the document the turn read is still
    /// parsed): puts the replies earlier turns of this document did not deliver ahead of this turn's, and sets what
    /// the document keeps listed until delivered.
    /// </summary>
    public async Task PrepareAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext is not TurnContext turn || !HasDocument(turn))
        {
            return;
        }

        var document = await primaryState.GetDocumentAsync(turn, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        List<UndeliveredReply> resend = [];
        List<UndeliveredReply> leave = [];
        var listed = false;
        if (!marks.CoversAll(document.Key, document.ETag) && await _kept.PeekAsync(turn, cancellationToken) is { Count: > 0 } stored)
        {
            listed = true;
            var expired = 0;
            foreach (var reply in stored)
            {
                if (marks.Delivered(document.Key, reply.Id))
                {
                    continue;
                }

                if (reply.Since < now - settings.UndeliveredMaxAge)
                {
                    expired++;
                }
                else if (sender.MayStillBeSending(reply.Sender, reply.Since, now, settings.OtherInstanceGrace))
                {
                    leave.Add(reply);
                }
                else
                {
                    resend.Add(reply);
                }
            }

            if (expired > 0)
            {
                BotFrameworkLog.UndeliveredExpired(logger, expired);
            }
        }

        var durable = storage.OutlivesProcess;
        if (resend.Count == 0 && (turn.Outbox.Count == 0 || (!durable && !listed)))
        {
            // Nothing to send, or nothing to list and nothing kept: the outbox and the document stay as they are.
            return;
        }

        var outbox = new List<OutgoingOperation>(resend.Count + turn.Outbox.Count);
        outbox.AddRange(resend.Select(reply => new OutgoingOperation(reply.Kind, reply.Activity) { KeptId = reply.Id, KeptSince = reply.Since }));
        var tag = durable ? Random.Shared.NextInt64().ToString("x", CultureInfo.InvariantCulture) + "-" : null;
        foreach (var operation in turn.Outbox)
        {
            outbox.Add(tag is null ? operation : operation with { KeptId = tag + outbox.Count.ToString(CultureInfo.InvariantCulture), KeptSince = now });
        }

        turn.ReplaceOutbox(outbox);
        var written = durable ? outbox.ConvertAll(op => new UndeliveredReply(op.KeptId!, op.Kind, op.Activity, op.KeptSince!.Value, sender.Name)) : [];
        written.AddRange(leave);
        if (written.Count > 0)
        {
            await _kept.SetAsync(turn, written, cancellationToken);
        }
        else if (listed)
        {
            await _kept.DeleteAsync(turn, cancellationToken);
        }

        turn.TurnState.Set(TurnStateKey, new PreparedDelivery(Written: durable, OthersLeft: leave));
    }

    /// <summary>
    /// Delivers the outbox; false when some of it was kept for later. <paramref name="committed"/> is false for the
    /// apology of a turn whose state was not saved: nothing it listed was written.
    /// </summary>
    public async Task<bool> DeliverAsync(TurnContext turn, bool committed, CancellationToken cancellationToken)
    {
        var prepared = committed ? turn.TurnState.Get<PreparedDelivery>(TurnStateKey) : null;
        var document = committed && HasDocument(turn) ? await primaryState.GetDocumentAsync(turn, cancellationToken) : null;
        if (document is not null)
        {
            if (prepared is null)
            {
                // The turn left the listed replies as they were: what this process delivered of them still is.
                marks.Follow(document.Key, document.ETag);
            }
            else
            {
                marks.Forget(document.Key);
            }
        }

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
                await KeepAsync(turn, outbox.Skip(index).ToList(), outbox.Take(index), prepared?.OthersLeft ?? [], cancellationToken);
                if (HasDocument(turn))
                {
                    await retries.ScheduleAsync(turn.Activity.GetConversationReference(), options.Value.DeliveryRetryDelay, cancellationToken);
                }

                return false;
            }
        }

        if (prepared is { Written: true } && document is { ETag: { } etag } && outbox.Count > 0)
        {
            marks.Record(document.Key, etag, [.. outbox.Select(op => op.KeptId).OfType<string>()], complete: prepared.OthersLeft.Count == 0);
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
    /// Writes <paramref name="remainder"/> (with no sender: whichever instance runs the next turn sends them) and
    /// the replies left to other instances as the document's kept replies. The turn still holds the document's
    /// lock, so only another instance can have written since; then its kept replies stay too, less the ones this
    /// turn has just delivered.
    /// </summary>
    private async Task KeepAsync(
        TurnContext turn,
        List<OutgoingOperation> remainder,
        IEnumerable<OutgoingOperation> delivered,
        IReadOnlyList<UndeliveredReply> othersLeft,
        CancellationToken cancellationToken)
    {
        if (!HasDocument(turn))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var ours = remainder.ConvertAll(op => new UndeliveredReply(op.KeptId ?? Guid.NewGuid().ToString("N"), op.Kind, op.Activity, op.KeptSince ?? now));
        List<UndeliveredReply> keep = [.. ours, .. othersLeft];
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
