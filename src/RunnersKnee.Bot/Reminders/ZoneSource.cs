namespace RunnersKnee.Bot.Reminders;

/// <summary>Where the person's time zone came from: the channel's zone name, only the offset of their clock, or nothing (UTC).</summary>
public enum ZoneSource
{
    /// <summary>The activity's <c>localTimezone</c> (an IANA name): daylight saving is followed.</summary>
    Named,

    /// <summary>Only the offset of the activity's <c>localTimestamp</c>: right until the clocks change.</summary>
    Offset,

    /// <summary>Neither was sent: times are UTC.</summary>
    Utc,
}
