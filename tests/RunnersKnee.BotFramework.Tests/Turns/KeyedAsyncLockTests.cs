using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

public sealed class KeyedAsyncLockTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task EnterAsync_HolderReleases_EntryIsRemoved()
    {
        var locks = new KeyedAsyncLock();

        var holder = await locks.EnterAsync("msteams/a:1", CancellationToken.None);
        var whileHeld = locks.Count;
        holder.Dispose();

        Assert.Equal(1, whileHeld);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task EnterAsync_SameKeyHeld_WaitsUntilTheHolderReleases()
    {
        var locks = new KeyedAsyncLock();
        var holder = await locks.EnterAsync("k", CancellationToken.None);

        var waiter = locks.EnterAsync("k", CancellationToken.None);
        var waitedWhileHeld = !waiter.IsCompleted;
        holder.Dispose();
        using (await waiter.WaitAsync(Deadline))
        {
            Assert.Equal(1, locks.Count);
        }

        Assert.True(waitedWhileHeld);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task EnterAsync_DifferentKeys_DoNotWaitForEachOther()
    {
        var locks = new KeyedAsyncLock();

        using var first = await locks.EnterAsync("msteams/a:1", CancellationToken.None);
        var second = locks.EnterAsync("msteams/a:2", CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_ThrowsAndLeavesNoEntryBehind()
    {
        var locks = new KeyedAsyncLock();
        var holder = await locks.EnterAsync("k", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiter = locks.EnterAsync("k", cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter.WaitAsync(Deadline));
        holder.Dispose();

        Assert.Equal(0, locks.Count);
        var next = locks.EnterAsync("k", CancellationToken.None);
        Assert.True(next.IsCompletedSuccessfully);
        (await next).Dispose();
    }

    [Fact]
    public async Task Dispose_CalledTwice_ReleasesOnlyOnce()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.EnterAsync("k", CancellationToken.None);
        var second = locks.EnterAsync("k", CancellationToken.None);

        first.Dispose();
        first.Dispose();
        var secondHolder = await second.WaitAsync(Deadline);
        var third = locks.EnterAsync("k", CancellationToken.None);
        var thirdWaited = !third.IsCompleted;
        secondHolder.Dispose();
        (await third.WaitAsync(Deadline)).Dispose();

        Assert.True(thirdWaited, "A second Dispose let two holders in at once.");
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task EnterAsync_ManyTasksOnFewKeys_OneHolderPerKeyAndNothingLeftAfterwards()
    {
        var locks = new KeyedAsyncLock();
        var inside = new int[4];
        var overlaps = 0;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var key = i % inside.Length;
            using (await locks.EnterAsync("key-" + key, CancellationToken.None))
            {
                if (Interlocked.Increment(ref inside[key]) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                Interlocked.Decrement(ref inside[key]);
            }
        }))).WaitAsync(Deadline);

        Assert.Equal(0, overlaps);
        Assert.Equal(0, locks.Count);
    }
}
