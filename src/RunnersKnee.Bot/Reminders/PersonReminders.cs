namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// The person's reminders and next-morning check, with every change they may go through: set the days and time,
/// snooze, stop, plan and move the morning check. Kept as the property "reminders" of the person's one document.
/// <see cref="Version"/> goes up with every change a planned reminder must not survive, so a reminder event planned
/// before it is recognised as stale when it fires.
/// </summary>
public sealed class PersonReminders
{
    /// <summary>The zone the times are in, from the last activity that set or planned something.</summary>
    public PersonZone? Zone { get; set; }

    public WeeklyReminder? Weekly { get; set; }

    public int Version { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>When the last reminder was sent: "later" and "tomorrow" mean it for a while after.</summary>
    public DateTimeOffset? LastReminderAt { get; set; }

    /// <summary>The local day of the last unrequested reminder: at most one a day.</summary>
    public DateOnly? LastNudgeOn { get; set; }

    /// <summary>The person's own time for the morning check; null uses the default.</summary>
    public TimeOnly? MorningTime { get; set; }

    /// <summary>The person said no thanks to the morning check.</summary>
    public bool MorningOff { get; set; }

    public NextMorningCheck? Check { get; set; }

    /// <summary>The last session a check was planned for: a session plans one once, however often its end is shown.</summary>
    public string? PlannedFor { get; set; }

    private PersonZone ZoneOrUtc => Zone ?? PersonZone.Utc;

    /// <summary>"Remind me Mon Wed Fri at 7pm": kept unless the time is in the quiet hours (then nothing changes).</summary>
    public ReminderSetting Set(IReadOnlyCollection<DayOfWeek> days, TimeOnly time, QuietHours quiet)
    {
        if (quiet.Contains(time))
        {
            return new ReminderSetting(false, quiet.Nearest(time));
        }

        Weekly = new WeeklyReminder([.. days.Distinct().OrderBy(day => ((int)day + 6) % 7)], time);
        SnoozedUntil = null;
        Version++;
        return new ReminderSetting(true);
    }

    /// <summary>"Stop reminders": no reminder and no morning check still to come; false when there was none.</summary>
    public bool Stop()
    {
        var had = Weekly is not null || Check is { AskedAt: null };
        Weekly = null;
        SnoozedUntil = null;
        if (Check is { AskedAt: null })
        {
            Check = null;
        }

        Version++;
        return had;
    }

    /// <summary>The next regular reminder after <paramref name="now"/>: a chosen day at the chosen local time.</summary>
    public DateTimeOffset? NextReminder(DateTimeOffset now, QuietHours quiet)
    {
        if (Weekly is not { } weekly || quiet.Contains(weekly.Time))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(ZoneOrUtc.LocalAt(now));
        for (var day = 0; day <= 8; day++)
        {
            var date = today.AddDays(day);
            if (weekly.Days.Contains(date.DayOfWeek) && ZoneOrUtc.At(date, weekly.Time) is var at && at > now)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>Whether "later" or "tomorrow" now refers to a reminder: one was sent within <paramref name="window"/>.</summary>
    public bool CanSnooze(DateTimeOffset now, TimeSpan window) =>
        Weekly is not null && LastReminderAt is { } sent && now - sent <= window;

    /// <summary>Puts the reminder off: "later" by <paramref name="later"/>, "tomorrow" to its time the next day; never into the quiet hours.</summary>
    public DateTimeOffset Snooze(DateTimeOffset now, SnoozeKind kind, QuietHours quiet, TimeSpan later)
    {
        var zone = ZoneOrUtc;
        DateTimeOffset at;
        if (kind == SnoozeKind.Later)
        {
            at = now + later;
            var local = zone.LocalAt(at);
            var time = TimeOnly.FromDateTime(local);
            if (quiet.Contains(time))
            {
                // Quiet from the evening: the end of them is the next day; quiet in the small hours: the same day.
                var date = DateOnly.FromDateTime(local).AddDays(time >= quiet.Start && quiet.Start > quiet.End ? 1 : 0);
                at = zone.At(date, quiet.End);
            }
        }
        else
        {
            var tomorrow = DateOnly.FromDateTime(zone.LocalAt(now)).AddDays(1);
            at = zone.At(tomorrow, quiet.Allowed(Weekly?.Time ?? quiet.End));
        }

        SnoozedUntil = at;
        Version++;
        return at;
    }

    /// <summary>
    /// A reminder event planned at <paramref name="version"/> is due. A snoozed one was asked for, so it comes even on a
    /// day that already had one; a regular one is skipped in the quiet hours, on a day that had one, or when
    /// <paramref name="notToday"/> (a session done today, coaching paused for care, a workout under way).
    /// </summary>
    public ReminderDecision Due(int version, bool snoozed, DateTimeOffset now, QuietHours quiet, bool notToday)
    {
        if (version != Version || Weekly is null)
        {
            return ReminderDecision.Stale;
        }

        var local = ZoneOrUtc.LocalAt(now);
        if (notToday || quiet.Contains(TimeOnly.FromDateTime(local)) || (!snoozed && LastNudgeOn == DateOnly.FromDateTime(local)))
        {
            return ReminderDecision.Skip;
        }

        return ReminderDecision.Send;
    }

    /// <summary>A reminder went out.</summary>
    public void Sent(DateTimeOffset now, bool snoozed)
    {
        LastReminderAt = now;
        SnoozedUntil = null;
        if (!snoozed)
        {
            LastNudgeOn = DateOnly.FromDateTime(ZoneOrUtc.LocalAt(now));
        }
    }

    /// <summary>A session with a set done ended: its check is due the next local day at the person's time (out of the quiet hours); null when they said no thanks.</summary>
    public DateTimeOffset? PlanCheck(string sessionId, DateTimeOffset endedAt, TimeOnly defaultTime, QuietHours quiet)
    {
        if (PlannedFor == sessionId)
        {
            return null;
        }

        PlannedFor = sessionId;
        if (MorningOff)
        {
            Check = null;
            return null;
        }

        var date = DateOnly.FromDateTime(ZoneOrUtc.LocalAt(endedAt)).AddDays(1);
        var due = ZoneOrUtc.At(date, quiet.Allowed(MorningTime ?? defaultTime));
        Check = new NextMorningCheck(sessionId, due);
        return due;
    }

    /// <summary>"Check in at 9": the person's time from now on, and the planned check moved to it (same day); its new due time, if one is planned.</summary>
    public DateTimeOffset? MoveCheck(TimeOnly time, QuietHours quiet)
    {
        MorningTime = quiet.Allowed(time);
        MorningOff = false;
        if (Check is not { AskedAt: null } check)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(ZoneOrUtc.LocalAt(check.DueAt));
        Check = check with { DueAt = ZoneOrUtc.At(date, MorningTime.Value) };
        return Check.DueAt;
    }

    /// <summary>"No thanks": no morning checks until the person sets a time.</summary>
    public void NoChecks()
    {
        MorningOff = true;
        CancelCheck();
    }

    /// <summary>A planned check that has not been asked is dropped (a later session, a stop); true when there was one.</summary>
    public bool CancelCheck()
    {
        if (Check is not { AskedAt: null })
        {
            return false;
        }

        Check = null;
        return true;
    }

    /// <summary>The check of <paramref name="sessionId"/> is due: true (and now asked) when it is still the planned one.</summary>
    public bool Ask(string sessionId, DateTimeOffset now)
    {
        if (Check is not { AskedAt: null } check || check.SessionId != sessionId)
        {
            return false;
        }

        Check = check with { AskedAt = now };
        return true;
    }

    /// <summary>The session whose check was asked and waits for its answer, or null.</summary>
    public string? AskedSession() => Check is { AskedAt: not null } check ? check.SessionId : null;

    public void Answered() => Check = null;

    /// <summary>Whether two instants fall on the same local day.</summary>
    public bool SameDay(DateTimeOffset a, DateTimeOffset b) =>
        DateOnly.FromDateTime(ZoneOrUtc.LocalAt(a)) == DateOnly.FromDateTime(ZoneOrUtc.LocalAt(b));

    /// <summary>The zone of the turn's activity, when it names one better than the stored.</summary>
    public void SeeZone(PersonZone zone)
    {
        if (zone.Source != ZoneSource.Utc || Zone is null)
        {
            Zone = zone;
        }
    }
}
