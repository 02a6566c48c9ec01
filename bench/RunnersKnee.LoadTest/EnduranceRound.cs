namespace RunnersKnee.LoadTest;

/// <summary>After one round of conversations on a long-running bot: memory after a full collection, and the peak so far.</summary>
public sealed record EnduranceRound(int Round, int ConversationsSoFar, ServerRun Run, long ManagedHeapAfterGcBytes, long RssAfterGcBytes, long PeakRssBytes);
