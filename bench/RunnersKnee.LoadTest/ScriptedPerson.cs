using System.Text.Json;

namespace RunnersKnee.LoadTest;

/// <summary>
/// A runner going through the whole product against the bot, reading each reply like a person: joins, says hi,
/// answers the intake by clicking (the answers clear them for exercise), takes the advice and accepts the workout,
/// then does every set of every exercise, with the set timer, the rests, a pain check after each exercise, and
/// along the way asks "what's next" several times, "where am I", "how many left", reports pain, pauses and resumes.
/// </summary>
public static class ScriptedPerson
{
    private const int MaxWorkoutTurns = 250;

    private static readonly Dictionary<string, string> IntakeAnswers = new(StringComparer.Ordinal)
    {
        ["location"] = "kneecap",
        ["feeling"] = "ache",
        ["triggers"] = "running",
        ["duration"] = "weeks",
        ["onset"] = "gradual",
        ["pain"] = "3",
        ["age"] = "18to49",
        ["guardian"] = "yes",
        ["emergencyFlags"] = "no",
        ["soonFlags"] = "no",
    };

    /// <summary>What to type after the pain check of the n-th exercise (1-based).</summary>
    private static readonly Dictionary<int, string[]> Asides = new()
    {
        [1] = ["what's next"],
        [2] = ["where am i"],
        [4] = ["what's next", "how many left"],
        [6] = ["what's next"],
    };

    public static async Task RunAsync(ConversationContext conversation, CancellationToken cancellationToken)
    {
        await conversation.PlayAsync(TurnRecord.Join(), cancellationToken);
        var buttons = Buttons.Read(await conversation.PlayAsync(TurnRecord.Say("hi"), cancellationToken));
        for (var asked = 0; buttons.Question is { } question; asked++)
        {
            if (asked > 12 || !IntakeAnswers.TryGetValue(question, out var answer))
            {
                throw new TurnFailedException($"unexpected intake question '{question}'");
            }

            var data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["answer"] = answer, ["q"] = question });
            buttons = Buttons.Read(await conversation.PlayAsync(TurnRecord.Click(data), cancellationToken));
        }

        buttons = Buttons.Read(await conversation.PlayAsync(TurnRecord.Say("yes"), cancellationToken));
        if (!buttons.HasWorkout)
        {
            // The coach asks how much the knee hurts before the first set: a low score, typed, as a person would.
            buttons = Buttons.Read(await conversation.PlayAsync(TurnRecord.Say("2"), cancellationToken));
        }

        if (!buttons.HasWorkout)
        {
            throw new TurnFailedException("the workout did not start after the intake");
        }

        await Say(conversation, "what's next", cancellationToken);
        await WorkoutAsync(conversation, buttons, cancellationToken);
    }

    private static async Task WorkoutAsync(ConversationContext conversation, Buttons buttons, CancellationToken cancellationToken)
    {
        var exercises = 0;
        var timerStarted = false;
        var paused = false;
        for (var turn = 0; turn < MaxWorkoutTurns; turn++)
        {
            byte[][] replies;
            if (buttons.PainCheck is not null)
            {
                replies = await conversation.PlayAsync(TurnRecord.Click(buttons.Pain(exercises % 3 == 0 ? 3 : 2)), cancellationToken);
                exercises++;
                timerStarted = false;
                var next = Buttons.Read(replies);
                if (!next.HasWorkout)
                {
                    return;
                }

                buttons = next;
                foreach (var aside in Asides.GetValueOrDefault(exercises, []))
                {
                    await Say(conversation, aside, cancellationToken);
                }

                continue;
            }

            if (exercises == 3 && !paused && buttons.Has("Pause"))
            {
                paused = true;
                await Say(conversation, "that hurt 2/10", cancellationToken);
                buttons = Buttons.Read(await conversation.PlayAsync(TurnRecord.Click(buttons.Click("Pause")), cancellationToken));
                if (!buttons.Has("Resume"))
                {
                    throw new TurnFailedException("no resume button after pause");
                }

                replies = await conversation.PlayAsync(TurnRecord.Click(buttons.Click("Resume")), cancellationToken);
            }
            else if (!timerStarted && buttons.Has("StartTimer"))
            {
                timerStarted = true;
                replies = await conversation.PlayAsync(TurnRecord.Click(buttons.Click("StartTimer")), cancellationToken);
            }
            else if (buttons.Has("Done"))
            {
                replies = await conversation.PlayAsync(TurnRecord.Click(buttons.Click("Done")), cancellationToken);
            }
            else
            {
                throw new TurnFailedException("no button to press in the workout");
            }

            var read = Buttons.Read(replies);
            if (read.HasWorkout)
            {
                buttons = read;
            }
        }

        throw new TurnFailedException($"the workout did not finish in {MaxWorkoutTurns} turns");
    }

    private static Task<byte[][]> Say(ConversationContext conversation, string text, CancellationToken cancellationToken) =>
        conversation.PlayAsync(TurnRecord.Say(text), cancellationToken);
}
