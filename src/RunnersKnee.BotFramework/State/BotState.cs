using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// A state document per conversation or per user: read once per turn (on first use), written once at the end
/// (only if it changed), with the ETag it was read with, so concurrent turns on other instances cannot
/// silently overwrite each other: the loser gets <see cref="StorageConflictException"/> and the turn is retried.
/// The turn caches a document by its storage key, so two states that name the same document (for example
/// <see cref="PrimaryState"/> and <see cref="ConversationState"/> in conversation scope) share one read and one write.
/// What a turn leaves a document with is handed to its next turn in this process if the store still holds it as
/// written (<see cref="StateValueCache"/>), so a turn deserializes only what someone else wrote.
/// </summary>
public abstract class BotState(IStorage storage)
{
    private readonly StateValueCache _valueCache = StateValueCache.For(storage);

    // Where this state remembers, for the turn, which cached document is its own (the key is worked out once a turn).
    private readonly string _ownKey = "state-of:" + Guid.NewGuid().ToString("N");


    /// <summary>The storage key of this state for the turn, or null if the activity lacks the ids it needs.</summary>
    protected abstract string? GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new StatePropertyAccessor<T>(this, name);

    public bool IsLoaded(ITurnContext turnContext) => Cached(turnContext) is not null;

    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        if (!force && IsLoaded(turnContext))
        {
            return;
        }

        var key = GetStorageKey(turnContext)
            ?? throw new InvalidOperationException($"{GetType().Name} needs channelId and conversation/user ids on the activity.");
        var items = await storage.ReadAsync([key], cancellationToken);
        items.TryGetValue(key, out var item);
        var kept = item is null ? null : _valueCache.Take(key, item.ETag);
        turnContext.TurnState.Set(CacheKeyOf(turnContext, key), new CachedStateDocument(key, item?.Content, item?.ETag, kept));
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        var cached = Cached(turnContext);
        if (cached is null)
        {
            return;
        }

        var content = cached.Serialize(force);
        if (content is null)
        {
            if (cached.MarkUnchanged() is { } unchanged)
            {
                _valueCache.Keep(cached.Key, cached.ETag!, unchanged);
            }

            return;
        }

        var etags = await storage.WriteAsync(
            new Dictionary<string, StoreItem> { [cached.Key] = new(content, cached.ETag) },
            cancellationToken);
        var etag = etags[cached.Key];
        _valueCache.Keep(cached.Key, etag, cached.MarkSaved(content, etag));
    }

    /// <summary>Empties the state for this turn; the empty document is written by the next save.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        Cached(turnContext)!.Clear();
    }

    /// <summary>
    /// Removes the document from storage at once (privacy erase, error reset). For the rest of the turn the state
    /// reads as empty and is not written back, so nothing the turn still touches re-creates it.
    /// </summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = GetStorageKey(turnContext);
        if (key is null)
        {
            return;
        }

        _valueCache.Forget(key);
        await storage.DeleteAsync([key], cancellationToken);
        turnContext.TurnState.Set(CacheKeyOf(turnContext, key), new CachedStateDocument(key, null, null) { IsDeleted = true });
    }

    /// <summary>The turn's document, read on first use; every later use this turn is answered without a new task.</summary>
    internal ValueTask<CachedStateDocument> GetDocumentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Cached(turnContext) is { } cached ? ValueTask.FromResult(cached) : LoadDocumentAsync(turnContext, cancellationToken);

    private async ValueTask<CachedStateDocument> LoadDocumentAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return Cached(turnContext)!;
    }

    private CachedStateDocument? Cached(ITurnContext turnContext)
    {
        var cacheKey = turnContext.TurnState.Get<string>(_ownKey)
            ?? (GetStorageKey(turnContext) is { } key ? CacheKeyOf(turnContext, key) : null);
        return cacheKey is null ? null : turnContext.TurnState.Get<CachedStateDocument>(cacheKey);
    }

    /// <summary>The turn-state key of this state's document, by its storage key, so states naming one document share it.</summary>
    private string CacheKeyOf(ITurnContext turnContext, string storageKey)
    {
        if (turnContext.TurnState.Get<string>(_ownKey) is { } known)
        {
            return known;
        }

        var cacheKey = "state:" + storageKey;
        turnContext.TurnState.Set(_ownKey, cacheKey);
        return cacheKey;
    }

    private sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> createDefault, CancellationToken cancellationToken) =>
            (await state.GetDocumentAsync(turnContext, cancellationToken)).Get(Name, createDefault);

        public async Task<T?> PeekAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            (await state.GetDocumentAsync(turnContext, cancellationToken)).Peek<T>(Name);

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken) =>
            (await state.GetDocumentAsync(turnContext, cancellationToken)).Set(Name, value);

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            (await state.GetDocumentAsync(turnContext, cancellationToken)).Delete(Name);
    }
}
