namespace RunnersKnee.Bot.Workout;

/// <summary>
/// How long one rep's movement takes: out to the working position (<see cref="MoveSeconds"/>) and back
/// (<see cref="ReturnSeconds"/>), with the article's words it is read from. The hold between them is the dosage's.
/// </summary>
public sealed record RepTempo(string Exercise, int MoveSeconds, int ReturnSeconds, string Quote);
