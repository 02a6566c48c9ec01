using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.DirectLine;

/// <summary>
/// One embedded conversation: its activity log, bounded in entries and in bytes (positions are the watermarks),
/// the ids and timestamps it stamps, and its one stream subscriber. All members are safe to call from many threads.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, DateTimeOffset startedAt, long maxBytes = long.MaxValue)
{
    private readonly Lock _gate = new();
    private readonly List<DirectLineLogEntry> _entries = [];
    private long _position;
    private long _bytes;
    private DateTimeOffset _lastTimestamp;
    private DateTimeOffset _lastSeen = startedAt;
    private DirectLineStreamSubscription? _subscriber;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastSeen
    {
        get
        {
            lock (_gate)
            {
                return _lastSeen;
            }
        }
    }

    /// <summary>Logs a new activity with the next id (<c>{conversationId}|{seq:D7}</c>) and timestamp; returns the id.</summary>
    public string Append(Activity activity, DateTimeOffset now, int capacity)
    {
        lock (_gate)
        {
            var position = ++_position;
            activity.Id = $"{Id}|{position:D7}";
            activity.Timestamp = NextTimestamp(now);
            Add(position, activity, now, capacity);
            return activity.Id;
        }
    }

    /// <summary>
    /// Logs a new version of an activity under its id and original timestamp, so Web Chat redraws it in place;
    /// the older version leaves the log. False when the id is not (or no longer) in the log.
    /// </summary>
    public bool Replace(Activity activity, DateTimeOffset now, int capacity)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e.ActivityId == activity.Id);
            if (index < 0)
            {
                return false;
            }

            activity.Timestamp = _entries[index].Timestamp;
            RemoveAt(index);
            Add(++_position, activity, now, capacity);
            return true;
        }
    }

    /// <summary>
    /// Drops an activity from the log. A live Web Chat has already drawn it, so a blank message with the same id
    /// replaces it there (Web Chat hides messages with no text and no attachments). False when the id is unknown.
    /// </summary>
    public bool Remove(string activityId, DateTimeOffset now, int capacity)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e.ActivityId == activityId);
            if (index < 0)
            {
                return false;
            }

            var blank = new Activity
            {
                Type = ActivityTypes.Message,
                Id = activityId,
                Timestamp = _entries[index].Timestamp,
                Conversation = new ConversationAccount { Id = Id },
            };
            RemoveAt(index);
            Add(++_position, blank, now, capacity);
            return true;
        }
    }

    /// <summary>Erases every activity (privacy): each becomes a blank with the same id, so an open page hides it too.</summary>
    public void Erase(DateTimeOffset now, int capacity)
    {
        List<string> ids;
        lock (_gate)
        {
            ids = [.. _entries.Select(e => e.ActivityId).Distinct(StringComparer.Ordinal)];
        }

        foreach (var id in ids)
        {
            Remove(id, now, capacity);
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastSeen = now > _lastSeen ? now : _lastSeen;
        }
    }

    /// <summary>Up to <paramref name="max"/> entries logged after <paramref name="watermark"/>, oldest first.</summary>
    public DirectLineActivityPage Read(long watermark, int max)
    {
        lock (_gate)
        {
            var page = _entries.Where(e => e.Position > watermark).Take(max).ToList();
            return new DirectLineActivityPage(page, page.Count > 0 ? page[^1].Position : Math.Max(watermark, 0));
        }
    }

    /// <summary>Makes <paramref name="subscriber"/> the conversation's one stream; an earlier one ends as a collision.</summary>
    public void Subscribe(DirectLineStreamSubscription subscriber)
    {
        lock (_gate)
        {
            _subscriber?.End("collision");
            _subscriber = subscriber;
        }
    }

    public void Unsubscribe(DirectLineStreamSubscription subscriber, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_subscriber, subscriber))
            {
                _subscriber = null;
                _lastSeen = now > _lastSeen ? now : _lastSeen;
            }
        }
    }

    /// <summary>True when nobody is connected and nothing happened since <paramref name="cutoff"/>.</summary>
    public bool IsIdleSince(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            return _subscriber is null && _lastSeen < cutoff;
        }
    }

    /// <summary>The conversation is forgotten: its stream closes.</summary>
    public void End()
    {
        lock (_gate)
        {
            _subscriber?.End("ended");
            _subscriber = null;
        }
    }

    private void Add(long position, Activity activity, DateTimeOffset now, int capacity)
    {
        var entry = new DirectLineLogEntry(position, activity.Id!, activity.Timestamp!.Value, BotJson.SerializeActivity(activity));
        _entries.Add(entry);
        _bytes += entry.Json.Length;

        // The newest entry always stays, however large: it is what the person is waiting for.
        while (_entries.Count > 1 && (_entries.Count > capacity || _bytes > maxBytes))
        {
            RemoveAt(0);
        }

        _lastSeen = now > _lastSeen ? now : _lastSeen;
        _subscriber?.Notify();
    }

    private void RemoveAt(int index)
    {
        _bytes -= _entries[index].Json.Length;
        _entries.RemoveAt(index);
    }

    // Web Chat orders its transcript by timestamp in milliseconds; strictly increasing stamps keep replies in order.
    private DateTimeOffset NextTimestamp(DateTimeOffset now)
    {
        var floor = _lastTimestamp.AddMilliseconds(1);
        _lastTimestamp = now >= floor ? now : floor;
        return _lastTimestamp;
    }
}
