namespace RunnersKnee.BotFramework.Connector;

/// <summary>The bot could not get its own token, so nothing was sent. The message never holds a secret.</summary>
public sealed class BotTokenException(string message, Exception? innerException = null) : Exception(message, innerException);
