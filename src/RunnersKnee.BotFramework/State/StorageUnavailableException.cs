namespace RunnersKnee.BotFramework.State;

/// <summary>The store could not be reached or answered with a failure; nothing was written for the failed call.</summary>
public sealed class StorageUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
