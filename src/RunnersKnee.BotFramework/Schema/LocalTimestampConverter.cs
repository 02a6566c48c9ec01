namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// <see cref="LenientDateTimeOffsetConverter"/> for <c>localTimestamp</c>: the field exists to carry the sender's
/// UTC offset, so it is written back with that offset instead of being normalised to UTC.
/// </summary>
public sealed class LocalTimestampConverter : LenientDateTimeOffsetConverter
{
    public LocalTimestampConverter()
        : base(keepOffset: true)
    {
    }
}
