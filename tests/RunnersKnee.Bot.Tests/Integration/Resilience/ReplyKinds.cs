using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// What the person saw, as a sorted list that two runs of the same moves must share: every reply's text in full,
/// except the answers to questions ("Now: …", "This exercise has …"), whose wording depends on when they were asked.
/// </summary>
internal static class ReplyKinds
{
    public const string SetDone = "Set done.";
    public const string StaleCard = "That card is out of date, so I ignored it. Here's where you are now.";
    public const string StorageError = "I couldn't save that just now, so nothing was lost or changed. Please try again in a moment.";

    public static IReadOnlyList<string> Of(IEnumerable<Activity> replies) =>
        [.. replies.Select(KindOf).Order(StringComparer.Ordinal)];

    public static int Count(IEnumerable<Activity> replies, string prefix) =>
        replies.Count(reply => reply.Text?.StartsWith(prefix, StringComparison.Ordinal) == true);

    private static string KindOf(Activity reply)
    {
        var text = string.Join(" | ", ConversationDriver.TextsOf(reply));
        return text switch
        {
            _ when text.StartsWith("Now:", StringComparison.Ordinal) => "answer: now",
            _ when text.StartsWith("This exercise has", StringComparison.Ordinal) => "answer: left",
            _ => text,
        };
    }
}
