using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// The app's own storage, with a list of every key ever written, so a test can look at every document the app
/// stored (whatever the store) and check none survived an erase or holds something unreadable.
/// </summary>
public sealed class KeyTrackingStorage(IStorage inner) : IStorage
{
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> WrittenKeys => [.. _written.Keys];

    /// <summary>Wraps the registered <see cref="IStorage"/> (call from <see cref="BotApp"/>'s services hook).</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IStorage));
        services.Remove(registered);
        services.AddSingleton(sp => new KeyTrackingStorage((IStorage)registered.ImplementationFactory!(sp)));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<KeyTrackingStorage>());
    }

    /// <summary>Every written key that still holds a document, with its content.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAllAsync()
    {
        var items = await inner.ReadAsync(WrittenKeys, CancellationToken.None);
        return items.ToDictionary(i => i.Key, i => i.Value.Content.ToString(), StringComparer.Ordinal);
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        foreach (var key in changes.Keys)
        {
            _written.TryAdd(key, 0);
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}
