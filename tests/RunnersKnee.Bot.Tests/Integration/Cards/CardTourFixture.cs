using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>Runs the <see cref="CardTour"/> once per channel (Web Chat and Teams) for all the card tests. The clock is frozen so no timer fires mid-tour.</summary>
public sealed class CardTourFixture : IAsyncLifetime
{
    private readonly Dictionary<string, TourResult> _tours = new(StringComparer.Ordinal);

    public TourResult this[string channelId] => _tours[channelId];

    public async Task InitializeAsync()
    {
        foreach (var channelId in new[] { "webchat", "msteams" })
        {
            await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero)));
            _tours[channelId] = await CardTour.RunAsync(harness, channelId);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
