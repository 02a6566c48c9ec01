namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>The card a turn ends on, as a person sees it.</summary>
public enum Shown
{
    /// <summary>An exercise card (a set to do).</summary>
    SetCard,

    /// <summary>The rest card between sets.</summary>
    RestCard,

    /// <summary>The 0–10 pain check after an exercise.</summary>
    PainCheck,

    /// <summary>The paused card with its Resume button.</summary>
    PausedCard,

    /// <summary>The workout summary.</summary>
    Summary,

    /// <summary>The first intake question.</summary>
    FirstQuestion,

    /// <summary>Text only: no workout card at all.</summary>
    NoCard,
}
