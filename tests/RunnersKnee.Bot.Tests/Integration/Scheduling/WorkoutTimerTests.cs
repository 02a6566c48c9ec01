using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Scheduling;

/// <summary>
/// The set timer as the person meets it, on the running app with a fake clock: "where am I" mid-rep, pause and
/// resume, and the "rest over" event that skip and stop must cancel. Banded Side Clams (15 reps, 2 s move, 2 s
/// release after a 3 s lead-in) is the exercise under the clock: rep N's move starts at 3 + 4(N−1) s.
/// </summary>
public sealed class WorkoutTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task WhereAmI_ClockAdvancedThroughTheSet_SaysTheRunningRepOfFifteen()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await StartClamsTimerAsync(harness);
        var expected = new (int ElapsedMs, string Text)[]
        {
            (3000, "Timer: move, rep 1 of 15."),
            (6999, "Timer: release, rep 1 of 15."),
            (7000, "Timer: move, rep 2 of 15."),
            (12500, "Timer: move, rep 3 of 15."),
            (13000, "Timer: release, rep 3 of 15."),
            (62999, "Timer: release, rep 15 of 15."),
        };

        var elapsed = 0;
        foreach (var (at, text) in expected)
        {
            harness.Clock!.Advance(TimeSpan.FromMilliseconds(at - elapsed));
            elapsed = at;
            await person.SayAsync("where am i");

            Assert.Contains(text, person.LastText, StringComparison.Ordinal);
        }

        await person.SayAsync("what's next");
        Assert.Contains("Timer: release, rep 15 of 15.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Next: Banded Side Clams (Exercise 2 of 8 · Set 2 of 3)", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereAmI_DuringTheLeadInAndAfterTheLastRep_SaysNoRep()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await StartClamsTimerAsync(harness);

        harness.Clock!.Advance(TimeSpan.FromMilliseconds(2999));
        await person.SayAsync("where am i");
        Assert.Contains("Now: Banded Side Clams", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Timer:", person.LastText, StringComparison.Ordinal);

        harness.Clock.Advance(TimeSpan.FromSeconds(61));
        await person.SayAsync("where am i");
        Assert.DoesNotContain("Timer:", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_MidSetThenTimePasses_ResumeContinuesFromTheSameRep()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await StartClamsTimerAsync(harness);
        harness.Clock!.Advance(TimeSpan.FromMilliseconds(12500));
        await person.SayAsync("where am i");
        Assert.Contains("Timer: move, rep 3 of 15.", person.LastText, StringComparison.Ordinal);

        await person.SayAsync("pause");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await person.SayAsync("where am i");
        Assert.Contains("Now: Banded Side Clams, Exercise 2 of 8 · Set 1 of 3", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Timer:", person.LastText, StringComparison.Ordinal);

        await person.SayAsync("resume");
        var countdown = Assert.Single(person.Last.SelectMany(a => a.Attachments ?? []), a => a.ContentType == WorkoutCards.TimerContentType);
        await person.SayAsync("where am i");
        Assert.Contains("Timer: move, rep 3 of 15.", person.LastText, StringComparison.Ordinal);

        // The page counts from startAt: 12.5 s before the resume, so it shows rep 3 too.
        Assert.Equal(Start.AddMinutes(10), DateTimeOffset.Parse(countdown.Content!.Value.GetProperty("startAt").GetString()!, CultureInfo.InvariantCulture));

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await person.SayAsync("where am i");
        Assert.Contains("Timer: release, rep 3 of 15.", person.LastText, StringComparison.Ordinal);
        harness.Clock.Advance(TimeSpan.FromSeconds(2));
        await person.SayAsync("where am i");
        Assert.Contains("Timer: move, rep 4 of 15.", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_OnASetWhoseTimerNobodyStarted_StartsNoCountdown()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await StartClamsTimerAsync(harness);
        harness.Clock!.Advance(TimeSpan.FromMilliseconds(12500));
        await person.SayAsync("pause");
        await person.SayAsync("resume");
        await person.SayAsync("done");
        await person.SayAsync("done");
        Assert.Contains("Set 2 of 3", person.LastText, StringComparison.Ordinal);

        await person.SayAsync("pause");
        await person.SayAsync("resume");

        Assert.DoesNotContain(person.Last.SelectMany(a => a.Attachments ?? []), a => a.ContentType == WorkoutCards.TimerContentType);
        await person.SayAsync("where am i");
        Assert.DoesNotContain("Timer:", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_InTeamsMidSet_TimerCardEndsWhenTheRemainingRepsEnd()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await StartClamsTimerAsync(harness, "msteams");
        Assert.Contains("{{TIME(2026-03-02T07:31:03Z)}}", person.LastText, StringComparison.Ordinal);
        harness.Clock!.Advance(TimeSpan.FromMilliseconds(12500));
        await person.SayAsync("pause");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));

        await person.SayAsync("resume");

        // 50.5 s of the 63 s set were still to run when it was paused.
        Assert.Contains("{{TIME(2026-03-02T07:41:03Z)}}", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task StartTimer_OnTheDistanceExercise_ShowsTheSetInsteadOfAnEmptyCountdown(string channelId)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson(channelId);
        await CoachHarness.StartWorkoutAsync(person);

        await person.SayAsync("start timer");

        Assert.DoesNotContain(person.Last.SelectMany(a => a.Attachments ?? []), a => a.ContentType == WorkoutCards.TimerContentType);
        Assert.DoesNotContain("0 reps", person.LastText, StringComparison.Ordinal);
        Assert.Contains("10 feet × 3 each side", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("where am i");
        Assert.DoesNotContain("Timer:", person.LastText, StringComparison.Ordinal);
    }

    private static async Task<ConversationDriver> StartClamsTimerAsync(CoachHarness harness, string channelId = "webchat")
    {
        var person = harness.NewPerson(channelId);
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("skip");
        Assert.Contains("Banded Side Clams", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("start timer");
        return person;
    }
}
