using System.Text.Json;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>What the bot sent on its own to a conversation, and the reminder events waiting in a timers folder.</summary>
internal static class ProactiveMessages
{
    public const string MorningQuestion = "How does your knee feel compared with before your last workout?";
    public const string Reminder = "Time for your knee exercises.";

    public static int Count(CoachHarness harness, ConversationDriver person, string text) =>
        harness.Connector.SentActivities(person.ConversationId).Count(activity => ConversationDriver.TextsOf(activity).Any(t => t.Contains(text, StringComparison.Ordinal)));

    /// <summary>Moves the clock to <paramref name="at"/> and gives the scheduler a moment: nothing of <paramref name="text"/> may arrive.</summary>
    public static async Task NothingNewAsync(CoachHarness harness, ConversationDriver person, string text, DateTimeOffset at)
    {
        var before = Count(harness, person, text);
        harness.Clock!.Advance(at - harness.Clock.GetUtcNow());
        await Task.Delay(300);
        Assert.Equal(before, Count(harness, person, text));
    }

    /// <summary>Moves the clock to <paramref name="at"/> and waits for one more message with <paramref name="text"/>; returns what was sent.</summary>
    public static async Task<IReadOnlyList<Activity>> ArrivesAsync(CoachHarness harness, ConversationDriver person, string text, DateTimeOffset at)
    {
        var before = Count(harness, person, text);
        var sentBefore = harness.Connector.SentActivities(person.ConversationId).Count;
        harness.Clock!.Advance(at - harness.Clock.GetUtcNow());
        await Poll.UntilAsync(() => Count(harness, person, text) > before, $"\"{text}\" at {at:O}");
        Assert.Equal(before + 1, Count(harness, person, text));
        return [.. harness.Connector.SentActivities(person.ConversationId).Skip(sentBefore)];
    }

    /// <summary>The pending events of one kind in the timers folder.</summary>
    public static IReadOnlyList<DueEvent> Pending(CoachHarness harness, string name) =>
        [.. harness.PendingTimerFiles()
            .Select(path => JsonSerializer.Deserialize<DueEvent>(File.ReadAllBytes(path), BotJson.Options)!)
            .Where(dueEvent => dueEvent.Name == name)];

    /// <summary>Waits until the reminder event planned next is due after <paramref name="after"/> (the fired one planned it).</summary>
    public static Task NextPlannedAsync(CoachHarness harness, DateTimeOffset after) =>
        Poll.UntilAsync(() => Pending(harness, DueEventNames.Reminder) is [{ } next] && next.DueAt > after, $"the next reminder after {after:O} to be planned");
}
