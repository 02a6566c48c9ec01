namespace RunnersKnee.Bot.Reminders;

/// <summary>Local hours with no proactive message, from <see cref="Start"/> up to (not including) <see cref="End"/>; may span midnight.</summary>
public readonly record struct QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly time) => Start < End
        ? time >= Start && time < End
        : time >= Start || time < End;

    /// <summary>The time itself when allowed, otherwise the end of the quiet hours.</summary>
    public TimeOnly Allowed(TimeOnly time) => Contains(time) ? End : time;

    /// <summary>An allowed time near one inside the quiet hours: half an hour before they start or their end, whichever is closer.</summary>
    public TimeOnly Nearest(TimeOnly time)
    {
        var before = Start.AddMinutes(-30);
        var toBefore = Distance(time, before);
        var toEnd = Distance(time, End);
        return toBefore <= toEnd ? before : End;
    }

    private static TimeSpan Distance(TimeOnly a, TimeOnly b)
    {
        var d = (a - b).Duration();
        return d > TimeSpan.FromHours(12) ? TimeSpan.FromHours(24) - d : d;
    }
}
