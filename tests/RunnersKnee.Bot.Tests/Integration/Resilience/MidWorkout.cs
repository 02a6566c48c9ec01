using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>Brings a conversation into the workout: the intake answers that lead to it, then the given moves.</summary>
internal static class MidWorkout
{
    private static readonly string[] Intake =
        ["hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope", "yes", "skip"];

    public static async Task StartAsync(ConversationDriver person, params string[] moves)
    {
        await person.JoinAsync();
        foreach (var text in Intake)
        {
            await person.SayAsync(text);
        }

        Assert.Contains("Exercise 1 of 8", person.LastText, StringComparison.Ordinal);
        foreach (var move in moves)
        {
            await person.SayAsync(move);
        }
    }
}
