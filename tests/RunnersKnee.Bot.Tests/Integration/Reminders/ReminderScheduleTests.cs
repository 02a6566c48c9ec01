using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// The person's reminders over /api/messages with the clock moved on: only on the chosen days at the chosen local
/// time, never in the quiet hours, at most one a day, snoozed with "later", stopped with "stop reminders", skipped on
/// a day with a session done; in English and Spanish.
/// </summary>
public sealed class ReminderScheduleTests
{
    // Monday 8 June 2026, 12:00 UTC (13:00 in London).
    private static readonly DateTimeOffset Monday = new(2026, 6, 8, 12, 0, 0, TimeSpan.Zero);

    // 19:00 in London (BST) on a day after Monday.
    private static DateTimeOffset SevenPm(int daysAfterMonday) => new DateTimeOffset(2026, 6, 8, 18, 0, 0, TimeSpan.Zero).AddDays(daysAfterMonday);

    [Fact]
    public async Task MonWedFriAtSevenPm_ArrivesOnlyOnThoseDaysAtSevenLocal()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);

        await person.SayAsync("remind me Mon Wed Fri at 7pm");

        Assert.Contains("Done: I'll remind you Mon, Wed, Fri at 19:00 (Europe/London time)", person.LastText, StringComparison.Ordinal);
        Assert.Contains("In the web chat a reminder waits in this conversation", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddMinutes(-1));
        var sent = await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddSeconds(1));
        person.Received(sent);
        Assert.True(person.HasButton("Start workout") && person.HasButton("Later") && person.HasButton("Tomorrow"), person.LastText);
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(1).AddSeconds(1)); // Tuesday
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(2).AddSeconds(1)); // Wednesday
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(2).AddSeconds(1));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(3).AddSeconds(1)); // Thursday
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(4).AddSeconds(1)); // Friday
        Assert.Equal(3, ProactiveMessages.Count(harness, person, ProactiveMessages.Reminder));
    }

    [Fact]
    public async Task TimeInTheQuietHours_RefusedWithTheNearestAllowedTime()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);

        await person.SayAsync("remind me every day at 10pm");

        Assert.Contains("22:00 is in the quiet hours (21:00 to 07:00)", person.LastText, StringComparison.Ordinal);
        Assert.Contains("How about 20:30?", person.LastText, StringComparison.Ordinal);
        Assert.Empty(ProactiveMessages.Pending(harness, DueEventNames.Reminder));
        await person.ClickAsync("every day · 20:30");
        Assert.Contains("Done: I'll remind you every day at 20:30", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopReminders_NothingMoreArrives()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);
        await person.SayAsync("remind me every day at 7pm");

        await person.SayAsync("stop reminders");

        Assert.Contains("Reminders stopped", person.LastText, StringComparison.Ordinal);
        Assert.Empty(ProactiveMessages.Pending(harness, DueEventNames.Reminder));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(7));
    }

    [Fact]
    public async Task Later_ComesBackAnHourLater_AndSaysWhen()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);
        await person.SayAsync("remind me every day at 7pm");
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddSeconds(1));

        await person.SayAsync("later");

        Assert.Contains("OK, I'll remind you again Mon at 20:00", person.LastText, StringComparison.Ordinal);
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddMinutes(59));
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddHours(1).AddSeconds(1));
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddHours(1).AddSeconds(1));
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(1).AddSeconds(1));
    }

    [Fact]
    public async Task TimeChangedAfterTodaysReminder_NoSecondOneToday()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);
        await person.SayAsync("remind me every day at 7pm");
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddSeconds(1));

        await person.SayAsync("remind me every day at 8pm");

        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddHours(1).AddSeconds(1));
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddHours(1).AddSeconds(1));
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(1).AddHours(1).AddSeconds(1));
    }

    [Fact]
    public async Task SessionDoneThatDay_TheReminderIsSkipped()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("done");
        await person.SayAsync("stop");
        await person.SayAsync("remind me every day at 7pm");

        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.ArrivesAsync(harness, person, ProactiveMessages.Reminder, SevenPm(1).AddSeconds(1));
    }

    [Fact]
    public async Task ToldToSeeADoctor_NoReminderIsSent()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);
        foreach (var answer in CoachHarness.ClearedIntake[..^1].Append("yes"))
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard, "The workout should be locked until the person has been assessed.");
        await person.SayAsync("remind me every day at 7pm");
        Assert.Contains("Done: I'll remind you every day at 19:00", person.LastText, StringComparison.Ordinal);

        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.NextPlannedAsync(harness, SevenPm(0).AddSeconds(1));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, SevenPm(1).AddSeconds(1));
    }

    [Fact]
    public async Task MyReminders_ShowsThemWithChangeAndStop()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness);
        await person.SayAsync("remind me weekdays at 6:30pm");

        await person.SayAsync("my reminders");

        Assert.Contains("Your reminder: Mon, Tue, Wed, Thu, Fri at 18:30 (Europe/London time).", person.LastText, StringComparison.Ordinal);
        Assert.True(person.HasButton("Change") && person.HasButton("Stop reminders"), person.LastText);
        await person.ClickAsync("Stop reminders");
        Assert.Contains("Reminders stopped", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_SetInSpanishAndRemindedInSpanish()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await JoinedAsync(harness, "Europe/Madrid");

        await person.SayAsync("recuérdame lunes y jueves a las 19");

        Assert.Contains("Hecho: te lo recordaré lun, jue a las 19:00 (hora de Europe/Madrid)", person.LastText, StringComparison.Ordinal);
        var sent = await ProactiveMessages.ArrivesAsync(harness, person, "Es hora de tus ejercicios de rodilla", new DateTimeOffset(2026, 6, 8, 17, 0, 1, TimeSpan.Zero));
        person.Received(sent);
        Assert.True(person.HasButton("Empezar entrenamiento"), person.LastText);
    }

    private static async Task<ConversationDriver> JoinedAsync(CoachHarness harness, string zone = "Europe/London")
    {
        var person = harness.NewPerson();
        person.LocalTimezone = zone;
        await person.JoinAsync();
        return person;
    }
}
