using RunnersKnee.Bot.Safety;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// One safety outcome: the intake's (with its red-flag answers), a red-flag check asked again, or emergency or crisis
/// guidance. A5 asks for the red-flag screen answers with their time.
/// </summary>
/// <param name="Pain">The intake's "pain now" (the baseline of the pain trend); null for the other checks.</param>
public sealed record CheckRecord(DateTimeOffset At, CheckKind Kind, TriageOutcome? Outcome, bool? EmergencyFlags, bool? SoonFlags, IReadOnlyList<string>? NamedRedFlags, int? Pain = null);
