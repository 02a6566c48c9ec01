namespace RunnersKnee.BotFramework.State;

/// <summary>
/// A property value set as finished JSON (<see cref="CachedStateDocument.SetRaw"/>): the document copies its bytes
/// when it is written, with no serializer pass, for bookkeeping the protocol layer keeps in its own compact form.
/// </summary>
internal sealed class RawJsonValue(byte[] utf8Json)
{
    /// <summary>One complete JSON value, already valid.</summary>
    public byte[] Utf8Json { get; } = utf8Json;
}
