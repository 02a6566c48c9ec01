using System.Security.Cryptography;
using System.Text;
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

    private readonly IStatePropertyAccessor<List<ProcessedActivity>> _processed =
        primaryState.CreateProperty<List<ProcessedActivity>>("processedActivities");

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activityId = turnContext.Activity.Id;
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activityId) || string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var id = QualifiedId(conversationId, activityId);
        var now = timeProvider.GetUtcNow();
        var processed = await _processed.GetAsync(turnContext, () => [], cancellationToken);
        processed.RemoveAll(p => p.ExpiresAt <= now);
        if (processed.Exists(p => string.Equals(p.Id, id, StringComparison.Ordinal)))
        {
            BotFrameworkLog.DuplicateIgnored(logger, LogText.Of(turnContext.Activity.Type));
            turnContext.TurnState.Set(DuplicateMarker, DuplicateMarker);
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                turnContext.InvokeResponse = new InvokeResponse(200, BotJson.ToElement(new { }));
            }

            return;
        }

        var settings = options.Value;
        processed.Add(new ProcessedActivity(id, now + settings.DuplicateWindow));
        if (processed.Count > settings.MaxRememberedActivityIds)
        {
            processed.RemoveRange(0, processed.Count - settings.MaxRememberedActivityIds);
        }

        await _processed.SetAsync(turnContext, processed, cancellationToken);
        await next(cancellationToken);
    }

    /// <summary>
    /// A person's document sees several conversations, whose activity ids may repeat (some channels count from 1), so
    /// an id is kept with a short tag of its conversation, unless it already starts with it (Direct Line's do). The
    /// tag is short because the ids are read and written with the document on every turn.
    /// </summary>
    private static string QualifiedId(string conversationId, string activityId)
    {
        if (activityId.StartsWith(conversationId, StringComparison.Ordinal))
        {
            return activityId;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationId), hash);
        return Convert.ToHexString(hash[..4]) + "|" + activityId;
    }
}
