namespace RunnersKnee.Bot.Safety;

/// <summary>
/// Emergency or crisis guidance was given: the intake and the workout stay closed for this person until they confirm,
/// separately and explicitly, that they are safe and have been seen. Nothing else clears it: not "start over", not
/// the assessed-knee unlock.
/// </summary>
public sealed record SafetyLock(SafetyLockKind Kind, DateTimeOffset Since);
