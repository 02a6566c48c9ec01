using System.Diagnostics.Metrics;

namespace RunnersKnee.BotFramework.State;

/// <summary>Counts storage calls (meter <c>RunnersKnee.Storage</c>) so reads and writes per turn can be watched.</summary>
public sealed class StorageMetrics : IDisposable
{
    public const string MeterName = "RunnersKnee.Storage";

    private readonly Meter _meter;
    private long _reads;
    private long _writes;
    private long _deletes;

    public StorageMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _meter.CreateObservableCounter("storage.reads", () => Interlocked.Read(ref _reads), description: "Storage read calls");
        _meter.CreateObservableCounter("storage.writes", () => Interlocked.Read(ref _writes), description: "Storage write calls");
        _meter.CreateObservableCounter("storage.deletes", () => Interlocked.Read(ref _deletes), description: "Storage delete calls");
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long Writes => Interlocked.Read(ref _writes);

    public long Deletes => Interlocked.Read(ref _deletes);

    internal void RecordRead() => Interlocked.Increment(ref _reads);

    internal void RecordWrite() => Interlocked.Increment(ref _writes);

    internal void RecordDelete() => Interlocked.Increment(ref _deletes);

    public void Dispose() => _meter.Dispose();
}
