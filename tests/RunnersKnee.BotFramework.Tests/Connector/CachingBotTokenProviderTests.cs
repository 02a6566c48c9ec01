using Microsoft.Extensions.Time.Testing;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>The bot's token is reused until five minutes before expiry, and renewed by one caller at a time.</summary>
public sealed class CachingBotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetToken_WellBeforeExpiry_ReusesToken()
    {
        var source = new CountingSource(_time, TimeSpan.FromHours(1));
        using var provider = new CachingBotTokenProvider(source, _time);
        var first = await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(54));
        var later = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, later);
        Assert.Equal(1, source.Calls);
    }

    [Fact]
    public async Task GetToken_WithinFiveMinutesOfExpiry_FetchesNewToken()
    {
        var source = new CountingSource(_time, TimeSpan.FromHours(1));
        using var provider = new CachingBotTokenProvider(source, _time);
        var first = await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first, renewed);
        Assert.Equal(2, source.Calls);
    }

    [Fact]
    public async Task GetToken_ManyCallersWhileFetching_FetchOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new CountingSource(_time, TimeSpan.FromHours(1), release.Task);
        using var provider = new CachingBotTokenProvider(source, _time);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToArray();
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, source.Calls);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task GetToken_AnonymousMode_ReturnsNull()
    {
        using var provider = new CachingBotTokenProvider(null, _time);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    private sealed class CountingSource(TimeProvider time, TimeSpan lifetime, Task? gate = null) : IAccessTokenSource
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public async Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _calls);
            if (gate is not null)
            {
                await gate;
            }

            return new BotAccessToken("token-" + n, time.GetUtcNow() + lifetime);
        }
    }
}
