using System.Diagnostics;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// A child span per storage call (<see cref="SourceName"/>: <c>storage.read</c>, <c>storage.write</c>,
/// <c>storage.delete</c>) with the number of keys, never the keys themselves (they carry conversation ids).
/// </summary>
public static class StorageTracing
{
    public const string SourceName = "RunnersKnee.Storage";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>True when a tracer listens; otherwise the store is called directly and nothing is allocated.</summary>
    public static bool IsTraced => Source.HasListeners();

    // An async method: the span it makes current stays inside this call and never leaks into the caller's context.
    public static async Task<T> TraceAsync<T>(string operation, int keyCount, Func<Task<T>> call)
    {
        using var span = Source.StartActivity(operation, ActivityKind.Internal);
        span?.SetTag("storage.keys", keyCount);
        try
        {
            return await call();
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    public static Task TraceAsync(string operation, int keyCount, Func<Task> call) =>
        TraceAsync(operation, keyCount, async () =>
        {
            await call();
            return true;
        });
}
