using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// The cards of reminders and the morning check. Their buttons are taps (Web Chat shows the choice as the person's
/// message). A reminder button carries the phrase it stands for (<see cref="PhraseProperty"/>), read by the same
/// reader as typed text; a morning-check button names its answer and the session it asks about.
/// </summary>
public sealed class ReminderCards(CardFactory cards, TextCatalog texts)
{
    /// <summary>The reminder phrase a button stands for ("remind me mon wed fri at 19:00", "check in at 9:00").</summary>
    public const string PhraseProperty = "phrase";

    /// <summary>The session a morning-check button answers for.</summary>
    public const string MorningSessionProperty = "morningSession";

    public const string AnswerProperty = "answer";

    /// <summary>The optional 0-10 a score chip after the morning answer carries.</summary>
    public const string PainProperty = "pain";

    /// <summary>The ids of the day toggles ("day0" Monday … "day6" Sunday) and of the time input.</summary>
    public const string DayInputPrefix = "day";

    public const string TimeInput = "time";

    /// <summary>The phrase the day toggles and time of a submitted choice card stand for, or null when nothing was chosen.</summary>
    public static string? PhraseOfInputs(System.Text.Json.JsonElement data)
    {
        if (!data.TryGetProperty(TimeInput, out var time) || time.ValueKind != System.Text.Json.JsonValueKind.String)
        {
            return null;
        }

        var days = Enumerable.Range(0, 7)
            .Where(day => data.TryGetProperty(DayInputPrefix + day, out var on) && on.ValueKind == System.Text.Json.JsonValueKind.String && on.GetString() == "true")
            .Select(day => ((DayOfWeek)((day + 1) % 7)).ToString()[..3].ToLowerInvariant())
            .ToList();
        return days.Count == 0 ? "remind me" : $"remind me {string.Join(' ', days)} at {time.GetString()}";
    }

    /// <summary>Ready-made choices: (phrase the reader understands, the days, the time).</summary>
    private static readonly (string Phrase, DayOfWeek[] Days, TimeOnly Time)[] Presets =
    [
        ("remind me mon wed fri at 19:00", [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], new TimeOnly(19, 0)),
        ("remind me tue thu sat at 18:00", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], new TimeOnly(18, 0)),
        ("remind me every day at 7:30", Enum.GetValues<DayOfWeek>(), new TimeOnly(7, 30)),
        ("remind me weekdays at 12:30", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(12, 30)),
    ];

    /// <summary>
    /// A line of text and the ready-made choices, then the person's own: a toggle per day and a time (every half hour
    /// outside the quiet hours), sent with a plain submit so the inputs come with it; a "stop" button when there is
    /// something to stop.
    /// </summary>
    public Attachment Choose(string text, string channelId, string? locale, bool canStop, QuietHours quiet)
    {
        var buttons = Presets.Where(preset => !quiet.Contains(preset.Time))
            .Select(preset => Phrase(channelId, $"{Days(preset.Days, locale)} · {Time(preset.Time)}", preset.Phrase)).ToList();
        if (canStop)
        {
            buttons.Add(Phrase(channelId, texts.Get("reminders.stopButton", locale), "stop reminders"));
        }

        var names = texts.Get("reminders.dayNames", locale).Split(',');
        var toggles = new JsonObject
        {
            ["type"] = "ColumnSet",
            ["spacing"] = "Medium",
            ["columns"] = new JsonArray([.. Enumerable.Range(0, 7).Select(day => (JsonNode)new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["items"] = new JsonArray(new JsonObject { ["type"] = "Input.Toggle", ["id"] = DayInputPrefix + day, ["title"] = names[day], ["valueOn"] = "true", ["valueOff"] = "false" }),
            })]),
        };
        var times = Enumerable.Range(0, 48).Select(half => new TimeOnly(half / 2, half % 2 * 30)).Where(time => !quiet.Contains(time));
        var time = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = TimeInput,
            ["style"] = "compact",
            ["label"] = texts.Get("reminders.timeLabel", locale),
            ["value"] = "19:00",
            ["choices"] = new JsonArray([.. times.Select(t => (JsonNode)new JsonObject { ["title"] = Time(t), ["value"] = Time(t) })]),
        };
        var rows = CardActions.Rows(buttons, 2);
        rows.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = texts.Get("reminders.ownChoice", locale), ["wrap"] = true, ["spacing"] = "Large" });
        rows.Add(toggles);
        rows.Add(time);
        rows.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(CardActions.Submit(texts.Get("reminders.setButton", locale), new JsonObject { ["command"] = nameof(CommandKind.Reminder) }, "positive")),
        });
        return Question(text, rows);
    }

    /// <summary>"My reminders": what is set, with change and stop.</summary>
    public Attachment List(string text, string channelId, string? locale) => Question(text, CardActions.Rows(
        [
            Phrase(channelId, texts.Get("reminders.changeButton", locale), "remind me"),
            Phrase(channelId, texts.Get("reminders.stopButton", locale), "stop reminders"),
        ],
        2));

    /// <summary>A time outside the quiet hours offered instead of the one asked for.</summary>
    public Attachment Instead(string text, IReadOnlyList<DayOfWeek> days, TimeOnly instead, string channelId, string? locale) =>
        Question(text, CardActions.Rows([Phrase(channelId, $"{Days(days, locale)} · {Time(instead)}", $"remind me {PhraseDays(days)} at {Time(instead)}")], 1));

    /// <summary>The reminder itself: start the workout, or put it off.</summary>
    public Attachment Reminder(string channelId, string? locale)
    {
        var text = texts.Get("reminders.message", locale);
        return Question(text, CardActions.Rows(
            [
                CardActions.Tap(channelId, texts.Get("reminders.startButton", locale), CoachCards.Command(nameof(CommandKind.StartWorkout)), "positive"),
                Phrase(channelId, texts.Get("reminders.laterButton", locale), "later"),
                Phrase(channelId, texts.Get("reminders.tomorrowButton", locale), "tomorrow"),
                Phrase(channelId, texts.Get("reminders.stopButton", locale), "stop reminders"),
            ],
            2));
    }

    /// <summary>After a session: when the morning check comes, with other times and "no thanks".</summary>
    public Attachment CheckPlanned(string text, TimeOnly planned, string channelId, string? locale)
    {
        var times = new[] { new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(10, 0) }.Where(time => time != planned);
        var buttons = times.Select(time => Phrase(channelId, texts.Format("nextMorning.atButton", locale, ("time", Time(time))), $"check in at {Time(time)}"))
            .Append(Phrase(channelId, texts.Get("nextMorning.noThanks", locale), "no morning check"));
        return Question(text, CardActions.Rows(buttons, 2));
    }

    /// <summary>The morning check: better, same or worse than before the session.</summary>
    public Attachment Check(string sessionId, string channelId, string? locale)
    {
        JsonObject Data(NextMorningAnswer answer) => new()
        {
            ["command"] = nameof(CommandKind.NextMorning),
            [AnswerProperty] = answer.ToString(),
            [MorningSessionProperty] = sessionId,
        };

        var buttons = Enum.GetValues<NextMorningAnswer>()
            .Select(answer => CardActions.Tap(channelId, texts.Get("nextMorning." + answer.ToString().ToLowerInvariant(), locale), Data(answer)));
        return Question(texts.Get("nextMorning.question", locale), CardActions.Rows(buttons, 3));
    }

    /// <summary>After a "better" or "same" answer: the thanks, and the optional score as one tap (0-10 chips naming the session).</summary>
    public Attachment Score(string text, string sessionId, string channelId, string? locale)
    {
        var chips = Enumerable.Range(0, 11).Select(pain => CardActions.Tap(
            channelId,
            pain.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new JsonObject { ["command"] = nameof(CommandKind.NextMorning), [MorningSessionProperty] = sessionId, [PainProperty] = pain }));
        return Question($"{text} {texts.Get("nextMorning.scoreQuestion", locale)}", CardActions.Rows(chips, 6));
    }

    /// <summary>"Mon, Wed, Fri" or "every day", in the person's language.</summary>
    public string Days(IReadOnlyCollection<DayOfWeek> days, string? locale)
    {
        if (days.Count == 7)
        {
            return texts.Get("reminders.everyDay", locale);
        }

        var names = texts.Get("reminders.dayNames", locale).Split(',');
        return string.Join(", ", days.OrderBy(MondayFirst).Select(day => names[MondayFirst(day)]));
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static string PhraseDays(IReadOnlyCollection<DayOfWeek> days) =>
        days.Count == 7 ? "every day" : string.Join(' ', days.OrderBy(MondayFirst).Select(day => day.ToString()[..3].ToLowerInvariant()));

    private static JsonNode Phrase(string channelId, string title, string phrase) =>
        CardActions.Tap(channelId, title, new JsonObject { ["command"] = nameof(CommandKind.Reminder), [PhraseProperty] = phrase });

    private Attachment Question(string text, JsonArray rows) => cards.CreateAttachment("question", new CardValues()
        .With("text", text)
        .With("speak", text)
        .With("buttonRows", rows));
}
