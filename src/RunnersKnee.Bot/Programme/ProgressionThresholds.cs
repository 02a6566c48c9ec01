namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The numbers of the progression rules: a session is easy at pain ≤ <see cref="EasyPainMax"/>; a step up needs
/// <see cref="EasySessions"/> easy sessions; one change per exercise per block of <see cref="BlockDays"/> days;
/// <see cref="Order"/> is the order a ladder changes its parts in going up ("reps", "sets", "hold").
/// </summary>
public sealed record ProgressionThresholds(int EasyPainMax, int EasySessions, int BlockDays, IReadOnlyList<string> Order, string Source);
