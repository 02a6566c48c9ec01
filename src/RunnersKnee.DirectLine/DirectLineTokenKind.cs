namespace RunnersKnee.DirectLine;

/// <summary>What an embedded token may be used for.</summary>
internal enum DirectLineTokenKind
{
    /// <summary>The page's bearer token: start, read, post, refresh.</summary>
    Conversation,

    /// <summary>The short-lived query token of a <c>streamUrl</c>: connect one WebSocket.</summary>
    Stream,

    /// <summary>
    /// Kept by the page between visits (local storage) and shown again for the next page token: the same person gets
    /// the same user id, so a reloaded or reopened page continues where they were. Opens no conversation.
    /// </summary>
    Person,
}
