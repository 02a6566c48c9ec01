using System.Globalization;
using System.Text.Json.Serialization;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// The person's time zone, as the channel told it: Teams and Web Chat put <c>localTimezone</c> (an IANA name, which
/// <see cref="TimeZoneInfo"/> knows on Linux and Windows) and <c>localTimestamp</c> (with its offset) on activities.
/// The name wins; without one the offset is used; without either, UTC.
/// </summary>
public sealed record PersonZone(ZoneSource Source, string? Name = null, int OffsetMinutes = 0)
{
    public static PersonZone Utc { get; } = new(ZoneSource.Utc);

    public static PersonZone From(Activity activity)
    {
        if (activity.LocalTimezone is { Length: > 0 and < 64 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out _))
        {
            return new PersonZone(ZoneSource.Named, name);
        }

        return activity.LocalTimestamp is { } stamp
            ? new PersonZone(ZoneSource.Offset, OffsetMinutes: (int)stamp.Offset.TotalMinutes)
            : Utc;
    }

    /// <summary>Said with a time: "Europe/London", "UTC+05:30", "UTC".</summary>
    [JsonIgnore]
    public string Label => Source switch
    {
        ZoneSource.Named => Name!,
        ZoneSource.Offset => "UTC" + (OffsetMinutes < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(OffsetMinutes)).ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        _ => "UTC",
    };

    public TimeZoneInfo Zone() => Source switch
    {
        ZoneSource.Named when TimeZoneInfo.TryFindSystemTimeZoneById(Name!, out var zone) => zone,
        ZoneSource.Offset => TimeZoneInfo.CreateCustomTimeZone(Label, TimeSpan.FromMinutes(OffsetMinutes), Label, Label),
        _ => TimeZoneInfo.Utc,
    };

    public DateTime LocalAt(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone()).DateTime;

    /// <summary>
    /// The instant a local date and time happens. A time the clocks skip (spring forward) is moved on by the gap, so
    /// 02:30 becomes 03:30; a time that happens twice (fall back) is its first occurrence.
    /// </summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var zone = Zone();
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetUtcOffset(local.AddHours(6)) - zone.GetUtcOffset(local.AddHours(-6));
            local = local.Add(gap > TimeSpan.Zero ? gap : TimeSpan.FromHours(1));
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
