using System.Globalization;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// The workout's cards. Every button's data carries the session id and step, so a click on an old card is
/// recognised as stale and changes nothing.
/// </summary>
public sealed class WorkoutCards(CardFactory cards, TextCatalog texts, WorkoutDescriber describer)
{
    /// <summary>The custom attachment Web Chat renders as a live countdown (other channels get the timer card).</summary>
    public const string TimerContentType = "application/vnd.runnersknee.timer+json";

    /// <summary>The Action.Execute verb Teams sends when it refreshes a card.</summary>
    public const string RefreshVerb = "refresh";

    public Attachment ExerciseStep(WorkoutSession session, string channelId, string? locale, string? userId = null)
    {
        var exercise = describer.Plan.ExerciseAt(session.Position);
        var easier = session.ResultFor(exercise.Id).Easier;
        var dosage = easier ? exercise.Easier.Dosage : exercise.Dosage;
        var steps = string.Join("\n", exercise.Steps.Select((step, i) => $"{i + 1}. {step}"));
        var holdCue = dosage.HoldSeconds > 0
            ? texts.Format("workout.holdCue", locale, ("hold", dosage.HoldSeconds), ("count", CountCue(dosage.HoldSeconds)))
            : null;
        var primary = new List<JsonObject>();
        if (dosage.Unit == DosageUnit.Reps)
        {
            primary.Add(CardActions.TaskFetch(channelId, texts.Get("workout.startTimer", locale), Data(session, CommandKind.StartTimer)));
        }

        primary.Add(CardActions.Execute(channelId, texts.Get("workout.done", locale), "done", Data(session, CommandKind.Done), "positive"));
        var secondary = new[]
        {
            CardActions.Submit(texts.Get("workout.easier", locale), Data(session, CommandKind.Easier)),
            CardActions.Submit(texts.Get("workout.skip", locale), Data(session, CommandKind.Skip)),
            CardActions.Submit(texts.Get("workout.pause", locale), Data(session, CommandKind.Pause)),
            CardActions.Submit(texts.Get("workout.stop", locale), Data(session, CommandKind.Stop), "destructive"),
        };
        var position = describer.Position(session.Position, locale);
        return cards.CreateAttachment("exercise-step", new CardValues()
            .With("position", position)
            .With("name", exercise.Name)
            .With("dosage", dosage.Describe())
            .With("easier", easier ? texts.Get("workout.easierTag", locale) + exercise.Easier.Description : null)
            .With("steps", steps)
            .With("holdCue", holdCue)
            .With("cue", texts.Format("workout.cue", locale, ("cue", exercise.Cue)))
            .With("why", texts.Format("workout.why", locale, ("why", exercise.WhyItHelps), ("source", exercise.Source)))
            .With("primaryActions", new JsonArray([.. primary]))
            .With("secondaryActions", new JsonArray([.. secondary]))
            .With("speak", $"{exercise.Name}. {position}. {dosage.Describe()}. {string.Join(" ", exercise.Steps)}")
            .With("refresh", RefreshFor(session, channelId, userId)));
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
            .With("countCue", hold > 0 ? texts.Format("workout.holdCue", locale, ("hold", hold), ("count", CountCue(hold))) : describer.Position(session.Position, locale))
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
        var exercise = describer.Plan.ExerciseAt(session.Position);
        var phases = new JsonArray([.. schedule.Phases.Select(p => (JsonNode)new JsonObject
        {
            ["kind"] = p.Kind.ToString().ToLowerInvariant(),
            ["rep"] = p.Rep,
            ["startMs"] = (long)p.Start.TotalMilliseconds,
            ["durationMs"] = (long)p.Duration.TotalMilliseconds,
        })]);
        var isRest = session.Status == WorkoutStatus.Resting;
        var words = new JsonObject();
        foreach (var key in TimerWords)
        {
            words[key] = texts.Get("timer." + key, locale);
        }

        words["moreRestButton"] = texts.Format("timer.moreRestButton", locale, ("seconds", moreRestSeconds));
        var content = new JsonObject
        {
            ["sessionId"] = session.Id,
            ["step"] = session.Step,
            ["kind"] = isRest ? "rest" : "set",
            ["title"] = isRest ? texts.Get("timer.rest", locale) : exercise.Name,
            ["position"] = describer.Position(session.Position, locale),
            ["next"] = next is null ? null : texts.Format("timer.next", locale, ("next", next)),
            ["startAt"] = startAt.ToString("O", CultureInfo.InvariantCulture),
            ["reps"] = schedule.Reps,
            ["phases"] = phases,
            ["doneData"] = Data(session, CommandKind.Done),
            ["words"] = words,
        };
        return new Attachment { ContentType = TimerContentType, Content = BotJson.ToElement(content) };
    }

    // The words the page's countdown shows and speaks (timer.* in the text catalog).
    private static readonly string[] TimerWords =
    [
        "leadin", "move", "hold", "release", "rest", "paused", "pausedAtRep", "pausedInRest", "stopped", "done", "setDone",
        "nextSet", "rep", "tenSecondsLeft", "countdown", "pauseButton", "resumeButton", "skipRestButton", "stopButton",
        "hideButton", "showButton", "soundOn", "soundOff", "wakeLockHeld", "wakeLockUnsupported", "transcriptRunning", "transcriptEnded",
    ];

    public Attachment Rest(WorkoutSession session, int restSeconds, string channelId, string? locale)
    {
        var next = describer.NextStepText(session, locale);
        return cards.CreateAttachment("rest", new CardValues()
            .With("title", texts.Format("workout.restTitle", locale, ("seconds", restSeconds)))
            .With("left", describer.LeftText(session.Position, locale))
            .With("next", texts.Format("workout.restNext", locale, ("next", next)))
            .With("speak", texts.Format("workout.restTitle", locale, ("seconds", restSeconds)) + ". " + next)
            .With("actions", new JsonArray(
                CardActions.Submit(texts.Get("workout.done", locale), Data(session, CommandKind.Done), "positive"),
                CardActions.Submit(texts.Get("workout.pause", locale), Data(session, CommandKind.Pause)))));
    }

    public Attachment PainCheck(WorkoutSession session, string exerciseName, string? locale)
    {
        var buttons = Enumerable.Range(0, 11).Select(score =>
        {
            var data = Data(session, null);
            data[DialogInput.AnswerProperty] = score.ToString(CultureInfo.InvariantCulture);
            return CardActions.Submit(score.ToString(CultureInfo.InvariantCulture), data);
        });
        var question = texts.Format("workout.painQuestion", locale, ("name", exerciseName));
        return cards.CreateAttachment("pain-check", new CardValues()
            .With("question", question)
            .With("scale", texts.Get("workout.painScale", locale))
            .With("buttonRows", CardActions.Rows(buttons, 4))
            .With("speak", question));
    }

    public Attachment Summary(WorkoutSession session, string? locale)
    {
        var facts = describer.SummaryFacts(session, locale)
            .Select(fact => (JsonNode)new JsonObject { ["title"] = fact.Title, ["value"] = fact.Value });

        // No praise for a session that hurt or did nothing: say what to do next instead.
        var closing = texts.Get(
            session.EndedForPain ? "workout.summaryEndPain"
            : session.Results.Sum(result => result.SetsDone) == 0 ? "workout.summaryEndNothing"
            : "workout.summaryEnd",
            locale);
        return cards.CreateAttachment("summary", new CardValues()
            .With("title", texts.Get("workout.summaryTitle", locale))
            .With("facts", new JsonArray([.. facts]))
            .With("closing", closing)
            .With("speak", texts.Get("workout.summaryTitle", locale) + ". " + closing)
            .With("actions", new JsonArray(CardActions.Submit(texts.Get("progress.button", locale), new JsonObject { ["command"] = nameof(CommandKind.Progress) }))));
    }

    public Attachment Paused(WorkoutSession session, string? locale)
    {
        var text = texts.Format("workout.paused", locale, ("position", describer.Position(session.Position, locale)));
        return cards.CreateAttachment("rest", new CardValues()
            .With("title", texts.Get("workout.pausedTitle", locale))
            .With("left", text)
            .With("next", texts.Format("workout.restNext", locale, ("next", describer.Describe(session, session.Position, locale))))
            .With("speak", text)
            .With("actions", new JsonArray(
                CardActions.Submit(texts.Get("workout.resumeButton", locale), Data(session, CommandKind.Resume), "positive"),
                CardActions.Submit(texts.Get("workout.stop", locale), Data(session, CommandKind.Stop)))));
    }

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
