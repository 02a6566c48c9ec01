namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>The stretches of conversation many tests need before the part they are about.</summary>
public static class ConversationScripts
{
    /// <summary>Says hi and answers every intake question; the last turn holds the outcome.</summary>
    public static async Task AnswerIntakeAsync(this ConversationDriver person, IntakeScript? script = null)
    {
        await person.SayAsync("hi");
        foreach (var answer in (script ?? new IntakeScript()).Answers())
        {
            await person.SayAsync(answer);
        }
    }

    /// <summary>A cleared intake, "yes" to the workout and <paramref name="painBefore"/> to the pain before it: the last turn shows the first set.</summary>
    public static async Task StartWorkoutAsync(this ConversationDriver person, string painBefore = "skip")
    {
        await person.AnswerIntakeAsync();
        await person.SayAsync("yes");
        await person.SayAsync(painBefore);
        if (!person.ShowsSetCard)
        {
            throw new InvalidOperationException("The workout did not start. The bot said:\n" + person.LastText);
        }
    }

    /// <summary>Taps "Done set" until the pain check for the current exercise is shown.</summary>
    public static async Task FinishExerciseAsync(this ConversationDriver person)
    {
        for (var turns = 0; !person.ShowsPainCheck; turns++)
        {
            if (turns > 20)
            {
                throw new InvalidOperationException("No pain check came. The bot said:\n" + person.LastText);
            }

            await person.ClickAsync("Done set");
        }
    }
}
