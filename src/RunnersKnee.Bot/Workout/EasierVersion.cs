namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The regression offered when an exercise hurts or is too hard. <see cref="Source"/> says where it comes from,
/// because the article itself gives no easier versions.
/// </summary>
public sealed record EasierVersion(string Description, Dosage Dosage, string Source);
