namespace RunnersKnee.BotFramework.State;

/// <summary>The optimistic-concurrency rule of <see cref="IStorage"/>, shared by the stores that check it themselves.</summary>
internal static class ETagRules
{
    public static void EnsureWritable(string key, string? expected, string? current)
    {
        var ok = expected switch
        {
            StoreItem.AnyETag => true,
            null => current is null,
            _ => string.Equals(expected, current, StringComparison.Ordinal),
        };
        if (!ok)
        {
            throw new StorageConflictException(key);
        }
    }
}
