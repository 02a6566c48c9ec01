using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Tests.Unit.Scheduling;

/// <summary>
/// An event that falls due while the bot shuts down (the handler defers it) keeps its file, is not retried and
/// counts no attempt, and the scheduler of the next start finds it again.
/// </summary>
public sealed class DeferredDueEventTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rk-deferred-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_HandlerDefersForShutdown_KeepsTheFileForTheNextStartWithoutRetrying()
    {
        var scheduler = NewScheduler();
        var handler = new DeferringHandler();
        await scheduler.ScheduleAsync(
            new DueEvent("webchat/people/u1/rest-over", DueEventNames.RestOver, _clock.GetUtcNow(), new ConversationReference(), "s1", 3),
            CancellationToken.None);
        using var stop = new CancellationTokenSource();

        var running = scheduler.RunAsync(handler, stop.Token);
        await handler.Called.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1, handler.Calls);
        Assert.Equal(0, scheduler.PendingCount);
        Assert.Single(Directory.GetFiles(_directory, "*.json"));
        Assert.Equal(1, NewScheduler().PendingCount);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private LocalDueEventScheduler NewScheduler() => new(
        _clock,
        Options.Create(new LocalSchedulerOptions { Directory = _directory, RetryDelay = TimeSpan.FromSeconds(1), KeepFiles = true }),
        new MemoryStorage(),
        NullLogger<LocalDueEventScheduler>.Instance);

    private sealed class DeferringHandler : IDueEventHandler
    {
        private int _calls;

        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Called.TrySetResult();
            throw new DueEventDeferredException(dueEvent.Name);
        }
    }
}
