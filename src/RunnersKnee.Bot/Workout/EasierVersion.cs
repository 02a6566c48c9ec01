namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The regression offered when an exercise hurts or is too hard, with its own steps, so the card's steps, dosage
/// and spoken text all describe the version being done. <see cref="Source"/> says where it comes from, because
/// the article itself gives no easier versions.
/// </summary>
public sealed record EasierVersion(string Description, IReadOnlyList<string> Steps, Dosage Dosage, string Source);
