namespace RunnersKnee.BotFramework.State;

/// <summary>A stored JSON document and the ETag it was read with (or must match when written).</summary>
public sealed record StoreItem(BinaryData Content, string? ETag)
{
    /// <summary>The ETag that writes whatever is there.</summary>
    public const string AnyETag = "*";
}
