namespace RunnersKnee.Bot.Progress;

/// <summary>
/// How the knee felt the morning after a session, compared with before it (research A4: the 24-hour response tells
/// whether the load was right).
/// </summary>
public enum NextMorningAnswer
{
    Better,
    Same,
    Worse,
}
