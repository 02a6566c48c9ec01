using System.Text.Json.Serialization;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// What the coach remembers across sessions: past sessions, safety outcomes, pain reports and the weekly goal. It is a
/// property of its own in the person's one document, so a turn that does not ask for it never deserializes it (the
/// protocol layer copies it through as it was), and it is bounded by <see cref="HistoryLimits"/> on every addition.
/// </summary>
public sealed class CoachHistory
{
    /// <summary>Short-lived links handed out (chart, printable summary): only their ids, so "delete my data" can revoke them.</summary>
    private const int MaxLinks = 4;

    [JsonInclude]
    public List<SessionRecord> Sessions { get; private set; } = [];

    [JsonInclude]
    public List<CheckRecord> Checks { get; private set; } = [];

    [JsonInclude]
    public List<PainRecord> PainReports { get; private set; } = [];

    /// <summary>Sessions a week the person aims for; null until they set one (the app's default applies).</summary>
    [JsonInclude]
    public int? WeeklyGoal { get; private set; }

    [JsonInclude]
    public List<string> Links { get; private set; } = [];

    /// <summary>Adds a session that ended; a session ends once, so recording it again changes nothing.</summary>
    public bool AddSession(SessionRecord session, HistoryLimits limits, DateTimeOffset now)
    {
        if (Sessions.Exists(s => s.Id == session.Id))
        {
            return false;
        }

        Sessions.Add(session);
        Trim(limits, now);
        return true;
    }

    /// <summary>The pain after a session, given once it ended; false when that session is not (or no longer) kept.</summary>
    public bool RecordPainAfter(string sessionId, int pain)
    {
        var at = Sessions.FindIndex(s => s.Id == sessionId);
        if (at < 0 || pain is < 0 or > 10)
        {
            return false;
        }

        Sessions[at] = Sessions[at] with { PainAfter = pain };
        return true;
    }

    /// <summary>
    /// The next-morning answer for a session (and the optional 0-10 with it); only the first answer counts, so a late
    /// second tap changes nothing. False when the session is not kept, already answered, or the pain is out of range.
    /// </summary>
    public bool RecordNextMorning(string sessionId, NextMorningAnswer answer, int? pain)
    {
        var at = Sessions.FindIndex(s => s.Id == sessionId);
        if (at < 0 || Sessions[at].NextMorning is not null || pain is < 0 or > 10)
        {
            return false;
        }

        Sessions[at] = Sessions[at] with { NextMorning = answer, NextMorningPain = pain };
        return true;
    }

    /// <summary>
    /// The optional 0-10 given after the next-morning answer (a second tap on the score chips); only once, and only
    /// for a session whose answer is kept and has no score yet.
    /// </summary>
    public bool RecordNextMorningPain(string sessionId, int pain)
    {
        var at = Sessions.FindIndex(s => s.Id == sessionId);
        if (at < 0 || Sessions[at].NextMorning is null || Sessions[at].NextMorningPain is not null || pain is < 0 or > 10)
        {
            return false;
        }

        Sessions[at] = Sessions[at] with { NextMorningPain = pain };
        return true;
    }

    public void AddCheck(CheckRecord check, HistoryLimits limits, DateTimeOffset now)
    {
        Checks.Add(check);
        Trim(limits, now);
    }

    public void AddPain(PainRecord pain, HistoryLimits limits, DateTimeOffset now)
    {
        PainReports.Add(pain);
        Trim(limits, now);
    }

    /// <summary>"Set my goal to 4": 1 to 7 sessions a week; false (nothing changed) otherwise.</summary>
    public bool SetWeeklyGoal(int goal)
    {
        if (goal is < 1 or > 7)
        {
            return false;
        }

        WeeklyGoal = goal;
        return true;
    }

    /// <summary>Remembers a link's id; the oldest beyond a few are returned so their documents can be deleted.</summary>
    public IReadOnlyList<string> AddLink(string id)
    {
        Links.Add(id);
        var dropped = Links.Take(Math.Max(0, Links.Count - MaxLinks)).ToList();
        Links.RemoveRange(0, dropped.Count);
        return dropped;
    }

    /// <summary>The sessions that ended after <paramref name="since"/>, oldest first.</summary>
    public IEnumerable<SessionRecord> SessionsSince(DateTimeOffset since) => Sessions.Where(s => s.EndedAt >= since).OrderBy(s => s.EndedAt);

    private void Trim(HistoryLimits limits, DateTimeOffset now)
    {
        var cutoff = now - limits.MaxAge;
        Sessions.RemoveAll(s => s.EndedAt < cutoff);
        Checks.RemoveAll(c => c.At < cutoff);
        PainReports.RemoveAll(p => p.At < cutoff);
        Sessions.Sort((a, b) => a.EndedAt.CompareTo(b.EndedAt));
        KeepNewest(Sessions, limits.MaxSessions);
        KeepNewest(Checks, limits.MaxChecks);
        KeepNewest(PainReports, limits.MaxPainReports);
    }

    private static void KeepNewest<T>(List<T> items, int max)
    {
        if (items.Count > max)
        {
            items.RemoveRange(0, items.Count - max);
        }
    }
}
