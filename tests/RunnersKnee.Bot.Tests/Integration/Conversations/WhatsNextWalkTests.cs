using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// A whole workout, asking "what's next" at every set, every rest and every pain check, against what
/// <see cref="WorkoutPlan"/> says comes next and how much is left.
/// </summary>
public sealed class WhatsNextWalkTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task WhatsNext_AtEveryStepOfAWholeWorkout_NamesTheStepThePlanHasNext()
    {
        var plan = app.App.Services.GetRequiredService<WorkoutPlan>();
        var sets = AllSets(plan);
        Assert.Equal(34, sets.Count);
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            var name = plan.ExerciseAt(set).Name;
            var isLastOfExercise = i + 1 == sets.Count || sets[i + 1].Exercise != set.Exercise;

            await person.SayAsync("what's next");
            Expect(person, $"Now: {name}, {Position(plan, set)}");
            Expect(person, i + 1 < sets.Count ? $"Next: {Describe(plan, sets[i + 1])}" : "This is the last set of the workout.");
            Expect(person, Left(plan, sets, i));

            await person.SayAsync("done");
            if (!isLastOfExercise)
            {
                await person.SayAsync("what's next");
                Expect(person, $"Now: a rest between sets of {name}.");
                Expect(person, $"Next: {Describe(plan, sets[i + 1])}");
                Expect(person, Left(plan, sets, i + 1));
                await person.SayAsync("done");
                continue;
            }

            Assert.True(person.ShowsPainCheck, person.LastText);
            await person.SayAsync("what's next");
            Expect(person, $"Now: how much did {name} hurt, from 0 to 10?");
            Expect(person, i + 1 < sets.Count ? $"Next: {Describe(plan, sets[i + 1])}" : "Next: Workout summary");
            Expect(person, i + 1 < sets.Count ? Left(plan, sets, i + 1) : "That was the last set of the workout.");
            await person.SayAsync("how many left");
            Expect(person, $"That was the last set of {name}.");
            await person.SayAsync("0");
        }

        Assert.NotNull(person.Summary);
    }

    private static List<WorkoutPosition> AllSets(WorkoutPlan plan)
    {
        var sets = new List<WorkoutPosition>();
        for (WorkoutPosition? set = plan.First; set is not null; set = plan.Next(set))
        {
            sets.Add(set);
        }

        return sets;
    }

    private static void Expect(ConversationDriver person, string text) =>
        Assert.True(person.LastText.Contains(text, StringComparison.Ordinal), $"Expected \"{text}\" in:\n{person.LastText}");

    private static string Describe(WorkoutPlan plan, WorkoutPosition set) => $"{plan.ExerciseAt(set).Name} ({Position(plan, set)})";

    private static string Position(WorkoutPlan plan, WorkoutPosition set)
    {
        var dosage = plan.ExerciseAt(set).Dosage;
        var side = !dosage.PerSide ? string.Empty : set.Side == 0 ? "Left side · " : "Right side · ";
        return $"Exercise {set.Exercise + 1} of {plan.ExerciseCount} · {side}Set {set.Set + 1} of {dosage.Sets}";
    }

    /// <summary>"8 exercises and 34 sets left in total." with <paramref name="done"/> sets done.</summary>
    private static string Left(WorkoutPlan plan, List<WorkoutPosition> sets, int done)
    {
        var exercises = plan.ExerciseCount - sets[done].Exercise;
        var setsLeft = sets.Count - done;
        return $"{Count(exercises, "exercise")} and {Count(setsLeft, "set")} left in total.";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
