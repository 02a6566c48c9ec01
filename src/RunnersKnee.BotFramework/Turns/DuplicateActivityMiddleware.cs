using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Acts on each inbound activity id once. Teams re-delivers a slow turn with the same id, and double clicks
/// race; the ids already handled are kept (with an expiry) inside the turn's primary state document, so the check
/// costs no extra storage call and is committed in the same write as the turn's effects: when two instances
/// race on one id, the loser's write conflicts, its turn is retried, and the retry sees the id and stops.
/// </summary>
public sealed class DuplicateActivityMiddleware(
    PrimaryState primaryState,
    TimeProvider timeProvider,
    IOptions<TurnOptions> options,
    ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    /// <summary>The turn-state key set to this middleware's marker when the incoming activity was a duplicate.</summary>
    public const string DuplicateMarker = "duplicate-activity";

    /// <summary>The property of the primary document holding the ids (<see cref="RememberedActivityIds"/>).</summary>
    public const string PropertyName = "processedActivities";

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activityId = turnContext.Activity.Id;
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activityId) || string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var document = await primaryState.GetDocumentAsync(turnContext, cancellationToken);
        if (!Remember(document, conversationId, activityId))
        {
            BotFrameworkLog.DuplicateIgnored(logger, LogText.Of(turnContext.Activity.Type));
            turnContext.TurnState.Set(DuplicateMarker, DuplicateMarker);
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                turnContext.InvokeResponse = new InvokeResponse(200, BotJson.ToElement(new { }));
            }

            return;
        }

        await next(cancellationToken);
    }

    /// <summary>
    /// Adds the id to the document's remembered ids, or returns false when it is there already. The stored ids are read
    /// in place (no await between the read and the write, so the span stays valid) and written back as one string.
    /// </summary>
    private bool Remember(CachedStateDocument document, string conversationId, string activityId)
    {
        Span<byte> key = stackalloc byte[RememberedActivityIds.KeyLength];
        RememberedActivityIds.WriteKey(conversationId, activityId, key);
        var now = timeProvider.GetUtcNow();
        var entries = RememberedActivityIds.Entries(document.RawValue(PropertyName), out _);
        if (RememberedActivityIds.Contains(entries, key, now))
        {
            return false;
        }

        var settings = options.Value;
        document.SetRaw(PropertyName, RememberedActivityIds.Append(entries, key, now + settings.DuplicateWindow, now, settings.MaxRememberedActivityIds));
        return true;
    }
}
