namespace RunnersKnee.DirectLine;

/// <summary>Activities after a watermark, and the watermark to ask from next.</summary>
internal sealed record DirectLineActivityPage(IReadOnlyList<DirectLineLogEntry> Entries, long Watermark);
