using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Set_FarMoreKeysThanItsCapacity_KeepsAboutItsCapacity_AndTheNewestKey()
    {
        var cache = new BoundedCache<int>(capacity: 100);

        for (var i = 0; i < 10_000; i++)
        {
            cache.Set("key-" + i, i);
        }

        var kept = Enumerable.Range(0, 10_000).Count(i => cache.TryGetValue("key-" + i, out _));
        Assert.InRange(kept, 1, 100 + 64);
        Assert.True(cache.TryGetValue("key-9999", out var newest));
        Assert.Equal(9999, newest);
        Assert.False(cache.TryGetValue("key-0", out _));
    }

    [Fact]
    public void Set_SameKeyAgain_ReplacesItsValue_AndRemoveForgetsIt()
    {
        var cache = new BoundedCache<string>(capacity: 10);

        cache.Set("person", "first");
        cache.Set("person", "second");

        Assert.True(cache.TryGetValue("person", out var value));
        Assert.Equal("second", value);
        cache.Remove("person");
        Assert.False(cache.TryGetValue("person", out _));
    }
}
