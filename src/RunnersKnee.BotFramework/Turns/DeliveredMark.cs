using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// What <see cref="DeliveredMarks"/> knows of one state document: the version this process saved, the ids of the
/// replies it listed there and then delivered, and whether the list held nothing else (no other sender's replies).
/// </summary>
internal sealed class DeliveredMark(string etag, HashSet<string> ids, bool complete)
{
    public string ETag { get; set; } = etag;

    public HashSet<string> Ids { get; } = ids;

    public bool Complete { get; } = complete;

    /// <summary>When the mark's write is due; disposed when the mark is replaced, dropped or written.</summary>
    public ITimer? Timer { get; set; }

    /// <summary>The document without this mark's replies in its list, or null when it lists none of them.</summary>
    public BinaryData? TakeOutOf(CachedStateDocument document)
    {
        if (document.Peek<List<UndeliveredReply>>(TurnDelivery.PropertyName) is not { Count: > 0 } listed)
        {
            return null;
        }

        var left = listed.FindAll(reply => !Ids.Contains(reply.Id));
        if (left.Count == listed.Count)
        {
            return null;
        }

        if (left.Count == 0)
        {
            document.Delete(TurnDelivery.PropertyName);
        }
        else
        {
            document.Set(TurnDelivery.PropertyName, left);
        }

        return document.Serialize(force: false);
    }
}
