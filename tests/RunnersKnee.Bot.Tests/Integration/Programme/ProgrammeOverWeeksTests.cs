using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Tests.Integration.Reminders;

namespace RunnersKnee.Bot.Tests.Integration.Programme;

/// <summary>
/// The programme over a week, as issue 19 checks it: one scripted person in London over /api/messages with the clock
/// moved forward. Reminders come only on the chosen days at the chosen local time (and not on a day already trained),
/// the next-morning check comes once at 08:00 local after each session and is answered by a tap and by typing, and
/// after two easy sessions with a fine next morning the third workout steps up one level with its reason. Nothing is
/// seeded: every answer goes through the bot.
/// </summary>
public sealed class ProgrammeOverWeeksTests
{
    private const string StepUp = "Side Steps: a step up this time (12 feet × 3 each side), because the last 2 sessions were easy on your knee (pain 3/10 or less, and fine the next morning).";

    // Monday 8 June 2026, 12:00 UTC (13:00 in London, BST).
    private static readonly DateTimeOffset Monday = new(2026, 6, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RemindersOnTheChosenDays_TheMorningCheckAfterEachSession_ThenAStepUpWithItsReason()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await person.AnswerIntakeAsync();
        await person.SayAsync("remind me Mon Wed Fri at 7pm");
        Assert.Contains("I'll remind you Mon, Wed, Fri at 19:00 (Europe/London time)", person.LastText, StringComparison.Ordinal);

        // Monday: a session at lunch, so Monday's reminder is not needed.
        await SideStepsSessionAsync(person, pain: 2);
        Assert.Contains("I'll check in tomorrow at 08:00 (Europe/London time)", person.Transcript, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, LondonTime(0, 19).AddSeconds(1));

        // Tuesday: the morning check at 08:00 London (07:00 UTC), not earlier; "Same" tapped. No reminder on a Tuesday.
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.MorningQuestion, LondonTime(1, 8).AddMinutes(-1));
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, LondonTime(1, 8).AddSeconds(1)));
        await person.ClickAsync("Same");
        Assert.Contains("Not worse the morning after", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, LondonTime(1, 19).AddSeconds(1));

        // Wednesday: the reminder at 19:00, then a session.
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, LondonTime(2, 19).AddSeconds(1)));
        await SideStepsSessionAsync(person, pain: 3);
        Assert.DoesNotContain("this time", person.Transcript, StringComparison.Ordinal);

        // Thursday: the morning check once, answered in words with a score.
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.MorningQuestion, LondonTime(3, 8).AddSeconds(1)));
        await person.SayAsync("a bit better today, 1/10");
        Assert.Contains("Good to hear", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, LondonTime(3, 19).AddSeconds(1));
        Assert.Equal(2, ProactiveMessages.Count(harness, person, ProactiveMessages.MorningQuestion));

        // Friday: the reminder, and the workout one step up, its reason told before the first card.
        person.Received(await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, LondonTime(4, 19).AddSeconds(1)));
        await StartAsync(person);
        Assert.Contains(StepUp, person.LastText, StringComparison.Ordinal);
        Assert.Contains("12 feet × 3 each side (your plan's level; the article gives 10–15 feet × 3 each side)", person.LastText, StringComparison.Ordinal);
        Assert.Equal(2, ProactiveMessages.Count(harness, person, ProactiveMessages.Reminder));
    }

    /// <summary>A local clock time in London (BST, UTC+1) on a day after Monday 8 June 2026.</summary>
    private static DateTimeOffset LondonTime(int daysAfterMonday, int hour) =>
        new DateTimeOffset(2026, 6, 8, hour, 0, 0, TimeSpan.FromHours(1)).AddDays(daysAfterMonday);

    /// <summary>"start workout" and a pain of 1 before it: the last turn shows the first set (and any change told before it).</summary>
    private static async Task StartAsync(ConversationDriver person)
    {
        await person.SayAsync("start workout");
        await person.SayAsync("1");
        Assert.True(person.ShowsSetCard, person.LastText);
    }

    /// <summary>Every set of Side Steps, its pain score, "stop", and a pain of 1 after the session.</summary>
    private static async Task SideStepsSessionAsync(ConversationDriver person, int pain)
    {
        await StartAsync(person);
        for (var turn = 0; turn < 20 && !person.ShowsPainCheck; turn++)
        {
            await person.SayAsync("done");
        }

        Assert.True(person.ShowsPainCheck, person.LastText);
        await person.SayAsync(pain.ToString(CultureInfo.InvariantCulture));
        await person.SayAsync("stop");
        await person.ClickAsync("1");
    }
}
