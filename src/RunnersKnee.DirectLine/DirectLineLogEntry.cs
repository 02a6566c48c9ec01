namespace RunnersKnee.DirectLine;

/// <summary>
/// One activity in a conversation log, kept serialized so nobody can change it after it was logged.
/// <see cref="Position"/> is the watermark; an update logs the activity again at a new position under the same id.
/// </summary>
internal sealed record DirectLineLogEntry(long Position, string ActivityId, DateTimeOffset Timestamp, byte[] Json);
