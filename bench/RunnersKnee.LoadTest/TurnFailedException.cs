namespace RunnersKnee.LoadTest;

/// <summary>A turn failed or the bot did not show what the script expected; the conversation counts as an error.</summary>
public sealed class TurnFailedException(string message) : Exception(message);
