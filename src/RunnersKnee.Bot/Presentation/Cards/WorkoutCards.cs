using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// The workout's cards. Every button's data carries the session id and step, so a click on an old card is
/// recognised as stale and changes nothing.
/// </summary>
public sealed class WorkoutCards(CardFactory cards, TextCatalog texts, WorkoutDescriber describer, SafetyThresholds thresholds, FigureImages figures)
{
    /// <summary>The summary's per-exercise containers have this id prefix, then the exercise id.</summary>
    public const string SummaryLineIdPrefix = "result-";

    /// <summary>The custom attachment Web Chat renders as a live countdown (other channels get the timer card).</summary>
    public const string TimerContentType = "application/vnd.runnersknee.timer+json";

    // The words the page's countdown shows and speaks (timer.* in the text catalog).
    private static readonly string[] TimerWords =
    [
        "leadin", "move", "hold", "release", "rest", "paused", "pausedAtRep", "pausedInRest", "stopped", "done", "setDone",
        "nextSet", "rep", "tenSecondsLeft", "countdown", "pauseButton", "resumeButton", "skipRestButton", "stopButton",
        "hideButton", "showButton", "soundOn", "soundOff", "wakeLockUnsupported", "transcriptRunning", "transcriptEnded",
    ];

    private const int MaxKeptTimerBufferBytes = 256 * 1024;

    // One buffer per thread for the live timer, kept between timers: it is written without an await in between, and
    // a new buffer per timer (grown to the timeline's few kilobytes) was most of what the timer allocated.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_timerBuffer;

    // The page's names of the phases (TimerPhaseKind in order).
    private static readonly string[] PhaseNames = [.. Enum.GetNames<TimerPhaseKind>().Select(name => name.ToLowerInvariant())];

    private readonly ConcurrentDictionary<(string Language, int MoreRestSeconds), JsonElement> _timerWords = new();

    /// <summary>The Action.Execute verb Teams sends when it refreshes a card.</summary>
    public const string RefreshVerb = "refresh";

    /// <summary>The top of the 0-10 pain scale.</summary>
    private const int MaxPain = 10;

    public Attachment ExerciseStep(WorkoutSession session, string channelId, string? locale, string? userId = null)
    {
        var exercise = describer.Plan.ExerciseAt(session.Position);
        var easier = session.ResultFor(exercise.Id).Easier;
        var dosage = session.DosageOf(exercise, easier);

        // The steps quote the article; a plan level inside or below its range says so beside the numbers.
        var dosageText = easier || dosage == exercise.Dosage
            ? dosage.Describe()
            : texts.Format("workout.planLevel", locale, ("dosage", dosage.Describe()), ("article", exercise.Dosage.Describe()));

        // The version's own steps, with this card's side: what the card says, the steps say.
        var stepList = describer.Plan.StepsAt(session.Position, easier);
        var steps = string.Join("\n", stepList.Select((step, i) => $"{i + 1}. {step}"));
        var holdCue = dosage.HoldSeconds > 0
            ? texts.Format("workout.holdCue", locale, ("hold", dosage.HoldSeconds), ("count", CountCue(dosage.HoldSeconds)))
            : null;
        var position = describer.Position(session.Position, locale, session.Dosages);
        var version = easier ? texts.Get("workout.easierTag", locale) + exercise.Easier.Description + " " + texts.Get("workout.standardOffer", locale) : null;

        // The start → end drawing, when the bot has a public address to serve it from (Teams fetches it from there).
        var figureUrl = figures.CardUrl(exercise.Id, session.Position.Side);
        return cards.CreateAttachment("exercise-step", new CardValues()
            .With("position", position)
            .With("name", exercise.Name)
            .With("dosage", dosageText)
            .With("easier", version)
            .With("figureUrl", figureUrl?.AbsoluteUri)
            .With("figureAlt", figures.Alt(exercise.Id, session.Position.Side, locale))
            .With("steps", steps)
            .With("holdCue", holdCue)
            .With("cue", texts.Format("workout.cue", locale, ("cue", exercise.Cue)))
            .With("why", texts.Format("workout.why", locale, ("why", exercise.WhyItHelps), ("source", exercise.Source)))
            .With("actionRows", SetActions(session, dosage, easier, channelId, locale))
            .With("speak", $"{exercise.Name}. {position}. {(easier ? texts.Get("workout.easierTag", locale) : string.Empty)}{dosageText}. {string.Join(" ", stepList)}")
            .With("refresh", RefreshFor(session, channelId, userId)));
    }

    /// <summary>
    /// One primary button a phone shows first (the guided timer where the set has timed reps, else Done), then
    /// the rest two by two: four in one row are cut off below about 390 px in Web Chat (its avatar gutter leaves a
    /// 320 px phone some 220 px of card), two fit with room for longer titles. The easier card offers the
    /// standard version back instead of "Easier".
    /// </summary>
    private JsonArray SetActions(WorkoutSession session, Dosage dosage, bool easier, string channelId, string? locale)
    {
        var doneTitle = texts.Get("workout.done", locale);
        JsonNode primaryRow;
        if (dosage.Unit == DosageUnit.Reps)
        {
            // Done stays beside the timer, unstyled, for a set done without it.
            primaryRow = CardActions.Row(
            [
                (CardActions.TaskFetch(channelId, texts.Get("workout.startTimer", locale), Data(session, CommandKind.StartTimer), "positive"), "stretch"),
                (CardActions.Execute(channelId, doneTitle, "done", Data(session, CommandKind.Done)), "auto"),
            ]);
        }
        else
        {
            primaryRow = CardActions.Row([CardActions.Execute(channelId, doneTitle, "done", Data(session, CommandKind.Done), "positive")]);
        }

        var version = easier
            ? Tap(session, CommandKind.Standard, "workout.standard", channelId, locale)
            : Tap(session, CommandKind.Easier, "workout.easier", channelId, locale);
        return
        [
            primaryRow,
            CardActions.Row([version, Tap(session, CommandKind.Skip, "workout.skip", channelId, locale)]),
            CardActions.Row([Tap(session, CommandKind.Pause, "workout.pause", channelId, locale), Tap(session, CommandKind.Stop, "workout.stop", channelId, locale, "destructive")]),
        ];
    }

    /// <summary>
    /// Teams only: when the person looks at this card again, Teams asks the bot (verb "refresh") and shows the answer
    /// instead, so an old set card turns into "set done" in place. Web Chat does not support Action.Execute.
    /// </summary>
    private static JsonObject? RefreshFor(WorkoutSession session, string channelId, string? userId) =>
        channelId != Channels.MsTeams || string.IsNullOrEmpty(userId)
            ? null
            : new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = RefreshVerb, ["data"] = Data(session, null) },
                ["userIds"] = new JsonArray(userId),
            };

    /// <summary>The plain timer card: a counting cue and an absolute end time (no per-second updates in Teams).</summary>
    public Attachment TimerCard(WorkoutSession session, SetSchedule schedule, string channelId, string? locale)
    {
        var exercise = describer.Plan.ExerciseAt(session.Position);
        var hold = schedule.Phases.FirstOrDefault(p => p.Kind == TimerPhaseKind.Hold)?.Duration.Seconds ?? 0;
        // After a resume the set has already run for the time counted before the pause.
        var endsAt = session.TimerStartedAt!.Value - session.TimerElapsedBeforePause + schedule.SetDuration;
        var summary = describer.TimerSummary(schedule, locale);
        return cards.CreateAttachment("timer", new CardValues()
            .With("name", exercise.Name)
            .With("summary", summary)
            .With("countCue", hold > 0 ? texts.Format("workout.holdCue", locale, ("hold", hold), ("count", CountCue(hold))) : describer.Position(session.Position, locale, session.Dosages))
            .With("endsAt", "{{TIME(" + endsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ")}}")
            .With("speak", $"{exercise.Name}. {summary}")
            .With("actions", new JsonArray(CardActions.Execute(channelId, texts.Get("workout.done", locale), "done", Data(session, CommandKind.Done), "positive"))));
    }

    /// <summary>
    /// The live countdown for Web Chat: the same schedule the server reads, from an absolute start time, a set's or a
    /// rest's (<paramref name="next"/> says what follows a rest). The page draws it in the person's language from the
    /// words sent here, and its buttons send the same commands as typing them.
    /// </summary>
    public Attachment LiveTimer(WorkoutSession session, SetSchedule schedule, DateTimeOffset startAt, string? locale, string? next, int moreRestSeconds)
    {
        // Written straight to JSON: a set's timeline has a few dozen phases, and this runs on every timed turn.
        var exercise = describer.Plan.ExerciseAt(session.Position);
        var isRest = session.Status == WorkoutStatus.Resting;
        var buffer = t_timerBuffer ??= new ArrayBufferWriter<byte>(8 * 1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("sessionId", session.Id);
            json.WriteNumber("step", session.Step);
            json.WriteString("kind", isRest ? "rest" : "set");
            json.WriteString("title", isRest ? texts.Get("timer.rest", locale) : exercise.Name);
            json.WriteString("position", describer.Position(session.Position, locale, session.Dosages));
            if (next is not null)
            {
                json.WriteString("next", texts.Format("timer.next", locale, ("next", next)));
            }

            json.WriteString("startAt", startAt);
            json.WriteNumber("reps", schedule.Reps);
            json.WriteStartArray("phases");
            foreach (var phase in schedule.Phases)
            {
                json.WriteStartObject();
                json.WriteString("kind", PhaseNames[(int)phase.Kind]);
                json.WriteNumber("rep", phase.Rep);
                json.WriteNumber("startMs", (long)phase.Start.TotalMilliseconds);
                json.WriteNumber("durationMs", (long)phase.Duration.TotalMilliseconds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("doneData");
            json.WriteString("sessionId", session.Id);
            json.WriteNumber("step", session.Step);
            json.WriteString("command", nameof(CommandKind.Done));
            json.WriteEndObject();
            json.WritePropertyName("words");
            TimerWordsFor(locale, moreRestSeconds).WriteTo(json);

            // A set's figure moves with its phases; a rest shows none.
            if (!isRest)
            {
                json.WritePropertyName("figure");
                figures.LiveContent(exercise.Id, session.Position.Side).WriteTo(json);
            }

            json.WriteEndObject();
        }

        var attachment = new Attachment { ContentType = TimerContentType };
        attachment.SetWrittenContent(buffer.WrittenSpan.ToArray());
        if (buffer.Capacity > MaxKeptTimerBufferBytes)
        {
            t_timerBuffer = null;
        }

        return attachment;
    }

    /// <summary>The countdown's words in one language, built once per language and rest extension.</summary>
    private JsonElement TimerWordsFor(string? locale, int moreRestSeconds) =>
        _timerWords.GetOrAdd((texts.LanguageOf(locale), moreRestSeconds), key =>
        {
            var words = new JsonObject();
            foreach (var word in TimerWords)
            {
                words[word] = texts.Get("timer." + word, key.Language);
            }

            words["moreRestButton"] = texts.Format("timer.moreRestButton", key.Language, ("seconds", key.MoreRestSeconds));
            return BotJson.ToElement(words);
        });

    public Attachment Rest(WorkoutSession session, int restSeconds, string channelId, string? locale)
    {
        var next = describer.NextStepText(session, locale);
        return cards.CreateAttachment("rest", new CardValues()
            .With("title", texts.Format("workout.restTitle", locale, ("seconds", restSeconds)))
            .With("left", describer.LeftText(session.Position, locale, session.Dosages))
            .With("next", texts.Format("workout.restNext", locale, ("next", next)))
            .With("speak", texts.Format("workout.restTitle", locale, ("seconds", restSeconds)) + ". " + next)
            .With("actions", new JsonArray(
                Tap(session, CommandKind.Done, "workout.done", channelId, locale, "positive"),
                Tap(session, CommandKind.Pause, "workout.pause", channelId, locale))));
    }

    /// <summary>
    /// The 0-10 score as compact chips in three labelled rows, the bands of the pain rule (thresholds.json, research
    /// A4: fine, acceptable, too much), so the meaning is in words beside the numbers, never in colour alone.
    /// </summary>
    public Attachment PainCheck(WorkoutSession session, string exerciseName, string channelId, string? locale)
    {
        var pain = thresholds.Pain;
        var rows = new JsonArray();
        foreach (var (key, from, to) in new[] { ("workout.painBandFine", 0, pain.EaseFrom - 1), ("workout.painBandEase", pain.EaseFrom, pain.StopFrom - 1), ("workout.painBandStop", pain.StopFrom, MaxPain) })
        {
            if (from > to)
            {
                continue;
            }

            rows.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = texts.Format(key, locale, ("from", from), ("to", to)),
                ["size"] = "Small",
                ["wrap"] = true,
                ["spacing"] = "Medium",
            });
            rows.Add(CardActions.Row(Enumerable.Range(from, to - from + 1).Select(score => PainChip(session, score, channelId, locale)), width: "auto", spacing: "Small"));
        }

        var question = texts.Format("workout.painQuestion", locale, ("name", exerciseName));
        return cards.CreateAttachment("pain-check", new CardValues()
            .With("question", question)
            .With("buttonRows", rows)
            .With("speak", question));
    }

    private JsonNode PainChip(WorkoutSession session, int score, string channelId, string? locale)
    {
        var data = Data(session, null);
        var number = score.ToString(CultureInfo.InvariantCulture);
        data[DialogInput.AnswerProperty] = number;
        return CardActions.Tap(channelId, number, data, displayText: texts.Format("workout.painTapped", locale, ("pain", number)));
    }

    /// <summary>
    /// Per exercise, its name and under it how it ended (status words on their own line, so a 320 px card never
    /// breaks them mid-word), then the time, the pain before and after, and what to do next. No praise for a
    /// session that hurt or did nothing.
    /// </summary>
    public Attachment Summary(WorkoutSession session, string? locale)
    {
        var results = describer.SummaryLines(session, locale).Select(line => (JsonNode)new JsonObject
        {
            ["type"] = "Container",
            ["id"] = SummaryLineIdPrefix + line.ExerciseId,
            ["spacing"] = "Small",
            ["items"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = line.Name, ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = line.Status,
                    ["wrap"] = true,
                    ["spacing"] = "None",
                    ["color"] = line.Kind switch
                    {
                        ExerciseOutcomeKind.Done => "Good",
                        ExerciseOutcomeKind.StoppedForPain => "Attention",
                        _ => "Default",
                    },
                }),
        });
        var notes = describer.SummaryNotes(session, locale).Select(note => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = note, ["wrap"] = true, ["spacing"] = "Small" });

        // No praise for a session that hurt, did nothing or was stopped for a doctor's check: say what to do next instead.
        var closing = texts.Get(
            session.EndedForCare ? "workout.summaryEndCare"
            : session.EndedForPain ? "workout.summaryEndPain"
            : session.Results.Sum(result => result.SetsDone) == 0 ? "workout.summaryEndNothing"
            : "workout.summaryEnd",
            locale);

        // After a session the pain rule or a red flag ended, the closing's advice is the next step.
        var next = session.EndedForPain || session.EndedForCare ? null : texts.Get("workout.summaryNext", locale);
        return cards.CreateAttachment("summary", new CardValues()
            .With("title", texts.Get("workout.summaryTitle", locale))
            .With("results", new JsonArray([.. results]))
            .With("notes", new JsonArray([.. notes]))
            .With("closing", closing)
            .With("next", next)
            .With("speak", texts.Get("workout.summaryTitle", locale) + ". " + closing)
            .With("actions", new JsonArray(CardActions.Submit(texts.Get("progress.button", locale), new JsonObject { ["command"] = nameof(CommandKind.Progress) }))));
    }

    public Attachment Paused(WorkoutSession session, string channelId, string? locale)
    {
        var text = texts.Format("workout.paused", locale, ("position", describer.Position(session.Position, locale, session.Dosages)));
        return cards.CreateAttachment("rest", new CardValues()
            .With("title", texts.Get("workout.pausedTitle", locale))
            .With("left", text)
            .With("next", texts.Format("workout.restNext", locale, ("next", describer.Describe(session, session.Position, locale))))
            .With("speak", text)
            .With("actions", new JsonArray(
                Tap(session, CommandKind.Resume, "workout.resumeButton", channelId, locale, "positive"),
                Tap(session, CommandKind.Stop, "workout.stop", channelId, locale))));
    }

    /// <summary>A workout button titled by <paramref name="titleKey"/> that sends <paramref name="command"/> at this step.</summary>
    private JsonNode Tap(WorkoutSession session, CommandKind command, string titleKey, string channelId, string? locale, string? style = null) =>
        CardActions.Tap(channelId, texts.Get(titleKey, locale), Data(session, command), style);

    public static JsonObject Data(WorkoutSession session, CommandKind? command)
    {
        var data = new JsonObject { ["sessionId"] = session.Id, ["step"] = session.Step };
        if (command is { } kind)
        {
            data["command"] = kind.ToString();
        }

        return data;
    }

    /// <summary>"one-and, two-and, three-and": a count that takes about a second a number.</summary>
    public static string CountCue(int seconds) =>
        string.Join(", ", Enumerable.Range(1, seconds).Select(n => Number(n) + "-and"));

    private static string Number(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
