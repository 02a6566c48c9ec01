namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>The choice an answer was recognized as, its position and how sure the match is (0..1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
