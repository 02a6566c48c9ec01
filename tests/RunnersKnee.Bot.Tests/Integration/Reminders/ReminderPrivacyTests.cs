using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// The reminders belong to the person's data: "export my data" includes them, "delete my data" erases them and their
/// planned events, and a removed bot (403) plans nothing more.
/// </summary>
public sealed class ReminderPrivacyTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday7pm = new(2026, 6, 9, 18, 0, 1, TimeSpan.Zero);

    [Fact]
    public async Task ExportMyData_IncludesTheReminders()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await WithReminderAsync(harness);

        await person.SayAsync("export my data");

        var attachment = Assert.Single(person.Last.SelectMany(a => a.Attachments ?? []));
        var export = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!.Split(',')[1])))!;
        var weekly = export["reminders"]!["weekly"]!;
        Assert.Equal("19:00:00", weekly["time"]!.GetValue<string>());
        Assert.Equal(3, weekly["days"]!.AsArray().Count);
        Assert.Equal("Europe/London", export["reminders"]!["zone"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteMyData_ErasesTheRemindersAndTheirEvents()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await WithReminderAsync(harness);
        Assert.Single(ProactiveMessages.Pending(harness, DueEventNames.Reminder));

        await person.SayAsync("delete my data");
        await person.SayAsync("yes");

        Assert.Empty(ProactiveMessages.Pending(harness, DueEventNames.Reminder));
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, Tuesday7pm.AddDays(7));
        await person.SayAsync("my reminders");
        Assert.Contains("You have no reminders", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotRemoved_TheReminderIsCancelled()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Monday));
        var person = await WithReminderAsync(harness);
        harness.Connector.Respond(System.Net.HttpStatusCode.Forbidden, body: """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");

        await person.SayAsync("my reminders");

        await Poll.UntilAsync(() => ProactiveMessages.Pending(harness, DueEventNames.Reminder).Count == 0, "the removed conversation's reminder to be cancelled");
        await ProactiveMessages.NothingNewAsync(harness, person, ProactiveMessages.Reminder, Tuesday7pm.AddDays(7));
    }

    private static async Task<ConversationDriver> WithReminderAsync(CoachHarness harness)
    {
        var person = harness.NewPerson();
        person.LocalTimezone = "Europe/London";
        await person.JoinAsync();
        await person.SayAsync("remind me Tue Thu Sat at 7pm");
        Assert.Contains("Done: I'll remind you Tue, Thu, Sat at 19:00", person.LastText, StringComparison.Ordinal);
        return person;
    }
}
