using System.Text.Json.Nodes;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>Names a sent card by the text a person sees on it (its title, question, or exercise and version).</summary>
public static class CardKinds
{
    private static readonly TextCatalog Texts = new();
    private static readonly IntakeQuestions Questions = new();
    private static readonly ExerciseCatalog Exercises = new();

    private static readonly string[] QuestionIds =
    [
        IntakeQuestions.Location, IntakeQuestions.Feeling, IntakeQuestions.Triggers, IntakeQuestions.Duration, IntakeQuestions.Onset,
        IntakeQuestions.Pain, IntakeQuestions.Age, IntakeQuestions.Guardian, IntakeQuestions.EmergencyFlags, IntakeQuestions.SoonFlags,
    ];

    private static readonly (string Kind, string TitleKey)[] Titled =
    [
        ("welcome", "welcome.title"),
        ("advice", "advice.title"),
        ("pt", "pt.title"),
        ("help", "help.title"),
        ("summary", "workout.summaryTitle"),
        ("paused", "workout.pausedTitle"),
        ("emergency", "emergency.title"),
        ("outcome:emergency", "outcome.emergency.title"),
        ("outcome:soon", "outcome.soon.title"),
        ("outcome:child", "outcome.child.title"),
        ("outcome:guardian", "outcome.guardian.title"),
        ("outcome:assessment", "outcome.assessment.title"),
        ("outcome:doesNotFit", "outcome.doesNotFit.title"),
        ("outcome:restToday", "outcome.restToday.title"),
        ("progress", "progress.title"),
        ("referral", "referral.title"),
        ("pain-before", "painBefore.question"),
        ("pain-after", "painAfter.question"),
    ];

    private static readonly (string Kind, string Key)[] ReminderKinds =
    [
        ("reminder", "reminders.message"),
        ("reminder-choose", "reminders.choose"),
        ("reminder-choose", "reminders.none"),
        ("next-morning", "nextMorning.question"),
    ];

    /// <summary>
    /// Every kind a tour on <paramref name="channelId"/> must reach: the timer and rest cards are what Teams gets
    /// instead of the page's live countdowns.
    /// </summary>
    public static IEnumerable<string> Expected(string channelId)
    {
        var kinds = Titled.Select(t => t.Kind)
            .Concat(QuestionIds.Select(id => "question:" + id))
            .Concat(Exercises.Exercises.SelectMany(e => new[] { $"exercise:{e.Id}", $"exercise:{e.Id}:easier" }))
            .Concat(["pain-check"]);
        return channelId == "msteams" ? kinds.Concat(["timer", "rest", "status"]) : kinds;
    }

    /// <summary>Kinds whose buttons act on the workout session.</summary>
    public static bool IsWorkout(string kind) =>
        kind.StartsWith("exercise:", StringComparison.Ordinal) || kind is "timer" or "rest" or "paused" or "pain-check";

    public static string? Of(JsonObject card, bool invokeResponse = false)
    {
        if (invokeResponse)
        {
            return "status";
        }

        var texts = TextBlocks(card).ToList();
        foreach (var (kind, key) in Titled)
        {
            if (texts.Contains(Texts.Get(key)))
            {
                return kind;
            }
        }

        if (QuestionIds.FirstOrDefault(id => texts.Contains(Questions[id].Text)) is { } question)
        {
            return "question:" + question;
        }

        // Reminders and the morning check: known kinds, though only the morning check's note is on the tour's way.
        if (texts.Exists(t => t.StartsWith("I'll check in tomorrow at ", StringComparison.Ordinal)))
        {
            return "next-morning-planned";
        }

        if (ReminderKinds.FirstOrDefault(pair => texts.Contains(Texts.Get(pair.Key))) is { Kind: { } reminder })
        {
            return reminder;
        }

        if (texts.Exists(t => t.StartsWith("Your reminder: ", StringComparison.Ordinal) || t.Contains(" is in the quiet hours ", StringComparison.Ordinal)))
        {
            return "reminder-settings";
        }

        if (texts.Exists(t => t.Contains("{{TIME(", StringComparison.Ordinal)))
        {
            return "timer";
        }

        if (texts.Exists(t => t.StartsWith("Rest ", StringComparison.Ordinal) && t.EndsWith(" s", StringComparison.Ordinal)))
        {
            return "rest";
        }

        if (texts.Exists(t => t.StartsWith("How much did ", StringComparison.Ordinal)))
        {
            return "pain-check";
        }

        var exercise = Exercises.Exercises.FirstOrDefault(e => texts.Contains(e.Name));
        var easier = texts.Exists(t => t.StartsWith(Texts.Get("workout.easierTag"), StringComparison.Ordinal));
        return exercise is null ? null : $"exercise:{exercise.Id}" + (easier ? ":easier" : string.Empty);
    }

    private static IEnumerable<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "TextBlock" => [obj["text"]!.GetValue<string>()],
        JsonObject obj => obj.SelectMany(pair => TextBlocks(pair.Value)),
        JsonArray array => array.SelectMany(TextBlocks),
        _ => [],
    };
}
