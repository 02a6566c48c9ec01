using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>Moving through the shipped programme: 8 exercises, 34 sets counting each side.</summary>
public sealed class WorkoutPlanTests
{
    private readonly WorkoutPlan _sut = new(new ExerciseCatalog());

    [Fact]
    public void Next_FromFirstToTheEnd_VisitsEverySetOnceThenStops()
    {
        var sets = Walk().ToList();

        Assert.Equal(34, sets.Count);
        Assert.Equal(sets.Count, sets.Distinct().Count());
        Assert.Equal(new WorkoutPosition(0, 0, 0), sets[0]);
        Assert.Equal(new WorkoutPosition(7, 0, 0), sets[^1]);
        Assert.Null(_sut.Next(sets[^1]));
    }

    [Fact]
    public void Next_PerSideExercise_AlternatesLegsWithinEachSet() =>
        Assert.Equal(
            [new(0, 0, 0), new(0, 0, 1), new(0, 1, 0), new(0, 1, 1), new(0, 2, 0), new(0, 2, 1), new WorkoutPosition(1, 0, 0)],
            Walk().Take(7));

    [Fact]
    public void Previous_OfEachNext_IsWhereItCameFrom()
    {
        var sets = Walk().ToList();

        Assert.Null(_sut.Previous(sets[0]));
        for (var i = 1; i < sets.Count; i++)
        {
            Assert.Equal(sets[i - 1], _sut.Previous(sets[i]));
        }
    }

    [Fact]
    public void Previous_FirstSetOfAnExercise_IsTheLastSideOfThePreviousExercise()
    {
        Assert.Equal(new WorkoutPosition(0, 2, 1), _sut.Previous(new WorkoutPosition(1, 0, 0)));
        Assert.Equal(new WorkoutPosition(1, 2, 0), _sut.Previous(new WorkoutPosition(2, 0, 0)));
    }

    [Fact]
    public void SetsLeftInWorkout_AlongTheWalk_CountsDownFrom34To1()
    {
        var left = Walk().Select(position => _sut.SetsLeftInWorkout(position)).ToList();

        Assert.Equal(Enumerable.Range(1, 34).Reverse(), left);
    }

    [Theory]
    [InlineData(0, 0, 0, 6)]
    [InlineData(0, 1, 1, 3)]
    [InlineData(0, 2, 1, 1)]
    [InlineData(1, 0, 0, 3)]
    [InlineData(1, 2, 0, 1)]
    [InlineData(7, 0, 0, 1)]
    public void SetsLeftInExercise_Position_CountsThisSetAndTheRest(int exercise, int set, int side, int left) =>
        Assert.Equal(left, _sut.SetsLeftInExercise(new WorkoutPosition(exercise, set, side)));

    [Theory]
    [InlineData(0, 2, 1, true)]
    [InlineData(0, 2, 0, false)]
    [InlineData(1, 2, 0, true)]
    [InlineData(1, 1, 0, false)]
    [InlineData(7, 0, 0, true)]
    public void IsLastSetOfExercise_Position_IsTrueOnlyForTheLastSide(int exercise, int set, int side, bool last) =>
        Assert.Equal(last, _sut.IsLastSetOfExercise(new WorkoutPosition(exercise, set, side)));

    [Fact]
    public void NextExercise_FromAnySet_IsTheFirstSetOfTheNextOrNullAtTheLast()
    {
        Assert.Equal(new WorkoutPosition(1, 0, 0), _sut.NextExercise(new WorkoutPosition(0, 1, 1)));
        Assert.Equal(new WorkoutPosition(7, 0, 0), _sut.NextExercise(new WorkoutPosition(6, 2, 1)));
        Assert.Null(_sut.NextExercise(new WorkoutPosition(7, 0, 0)));
    }

    [Fact]
    public void ExercisesAfter_Position_CountsTheExercisesStillToCome()
    {
        Assert.Equal(7, _sut.ExercisesAfter(_sut.First));
        Assert.Equal(0, _sut.ExercisesAfter(new WorkoutPosition(7, 0, 0)));
    }

    private IEnumerable<WorkoutPosition> Walk()
    {
        for (WorkoutPosition? set = _sut.First; set is not null; set = _sut.Next(set))
        {
            yield return set;
        }
    }

    [Fact]
    public void StepsAt_StepDownsRightSide_PutTheRightFootOnTheStep()
    {
        var right = _sut.StepsAt(new WorkoutPosition(2, 0, 1), easier: false);
        var left = _sut.StepsAt(new WorkoutPosition(2, 0, 0), easier: false);

        Assert.Equal("Stand side-on to a step with your right foot on it.", right[0]);
        Assert.Equal("Slowly lower your left foot until it lightly touches the ground.", right[1]);
        Assert.Equal("Keep your left hip elevated.", right[2]);
        Assert.Equal("Stand side-on to a step with your left foot on it.", left[0]);
        Assert.DoesNotContain(right.Concat(left), step => step.Contains('{', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "Step 5 to 10 feet, then repeat 3 times per side.")]
    [InlineData(1, "Do 10 to 15 reps, 3 times.")]
    [InlineData(5, "Do 10 reps, 3 times on each side.")]
    public void StepsAt_EasierVersion_SayTheEasierDosage(int exercise, string lastStep)
    {
        var steps = _sut.StepsAt(new WorkoutPosition(exercise, 0, 1), easier: true);

        Assert.Equal(lastStep, steps[^1]);
        Assert.DoesNotContain(steps, step => step.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public void StepsAt_EveryEasierVersion_NamesItsOwnDosageAndNotTheStandardOne()
    {
        for (var index = 0; index < _sut.ExerciseCount; index++)
        {
            var exercise = _sut.ExerciseAt(new WorkoutPosition(index, 0, 0));
            var text = string.Join(" ", _sut.StepsAt(new WorkoutPosition(index, 0, 0), easier: true));
            var easier = exercise.Easier.Dosage;

            Assert.Contains(easier.Min.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            if (exercise.Dosage.Max != easier.Max && exercise.Dosage.Max != easier.Min)
            {
                Assert.DoesNotContain($" {exercise.Dosage.Max} ", text, StringComparison.Ordinal);
            }
        }
    }
}
