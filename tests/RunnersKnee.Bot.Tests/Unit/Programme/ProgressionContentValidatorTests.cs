using System.Text.Json.Nodes;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Tests.Unit.Workout;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Programme;

/// <summary>
/// The ladders are checked at start against the catalog: the article's dosage is the ceiling, levels go up one part
/// at a time in the order reps → sets → hold, the start level exists; a bad file is refused with what to fix.
/// </summary>
public sealed class ProgressionContentValidatorTests
{
    private static readonly (string Exercise, int StartLevel, JsonObject[] Levels) KneeExtensions = ("knee-extensions", 1,
    [
        ShippedProgressionJson.Level(1, 10, 10, 3, 3, perSide: true),
        ShippedProgressionJson.Level(2, 15, 15, 3, 3, perSide: true),
    ]);

    [Fact]
    public void Shipped_HasALadderPerExerciseNeverAboveTheArticle()
    {
        var sut = new ProgressionContent(ShippedProgressionJson.Catalog);
        var article = RunnersKneeArticle.Sections();

        Assert.Equal(ShippedProgressionJson.Catalog.Exercises.Select(e => e.Id), sut.Ladders.Select(l => l.Exercise));
        Assert.Equal((3, 2, 14), (sut.Rules.EasyPainMax, sut.Rules.EasySessions, sut.Rules.BlockDays));
        for (var i = 0; i < sut.Ladders.Count; i++)
        {
            // Checked against the hand-copied article table, not against the catalog the validator reads.
            var ceiling = article[i].Dosage;
            Assert.All(sut.Ladders[i].Levels, level => Assert.True(
                level.Dosage.Max <= ceiling.Max && level.Dosage.Sets <= ceiling.Sets && level.Dosage.HoldSeconds <= ceiling.HoldSeconds,
                $"{sut.Ladders[i].Exercise} level {level.Level} ({level.Dosage.Describe()}) is above the article's {ceiling.Describe()}"));
        }
    }

    [Theory]
    [InlineData("side-steps", "10 feet × 3 each side", "15 feet × 3 each side")]
    [InlineData("banded-side-clams", "15 reps × 3 sets", "25 reps × 3 sets")]
    [InlineData("single-leg-step-downs", "12 reps × 3 sets each side", "15 reps × 3 sets each side")]
    [InlineData("straight-leg-raise", "15 reps × 3 sets, hold 2 s", "15 reps × 3 sets, hold 2 s")]
    [InlineData("wall-squats", "3 reps × 1 set, hold 2 s", "3 reps × 1 set, hold 2 s")]
    public void Shipped_ARangeStartsAtItsLowEnd_AFixedDosageIsTheStartAndTheTop(string exercise, string start, string top)
    {
        var ladder = new ProgressionContent(ShippedProgressionJson.Catalog).LadderFor(exercise);

        Assert.Equal((start, top), (ladder.DosageAt(ladder.StartLevel).Describe(), ladder.DosageAt(ladder.Top).Describe()));
    }

    [Fact]
    public void LevelAboveTheArticle_IsRefusedAsPastTheCeiling()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, KneeExtensions.Levels[0], ShippedProgressionJson.Level(2, 20, 20, 3, 3, perSide: true));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' level 2 (20 reps × 3 sets each side, hold 3 s) is above the article's dosage", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 3, "15 reps × 4 sets each side, hold 3 s")]
    [InlineData(3, 5, "15 reps × 3 sets each side, hold 5 s")]
    public void MoreSetsOrALongerHoldThanTheArticle_IsRefused(int sets, int hold, string described)
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, KneeExtensions.Levels[1], ShippedProgressionJson.Level(2, 15, 15, sets, hold, perSide: true));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains($"'knee-extensions' level 2 ({described}) is above the article's dosage (15 reps × 3 sets each side, hold 3 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelsOutOfOrder_AreRefused()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, KneeExtensions.Levels[1].DeepClone().AsObject().WithLevel(1), KneeExtensions.Levels[0].DeepClone().AsObject().WithLevel(2));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' level 2 has fewer reps than the level below it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartLevelNotInTheLadder_IsRefused()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 3, KneeExtensions.Levels);

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' starts at level 3, which is not one of its levels (1-2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoPartsInOneStep_AreRefused()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, ShippedProgressionJson.Level(1, 10, 10, 2, 3, perSide: true), ShippedProgressionJson.Level(2, 15, 15, 3, 3, perSide: true));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("must change exactly one of reps, sets or hold from the level below it (changes reps, sets)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepsSteppedAfterSets_BreakTheOrderAndAreRefused()
    {
        var json = ShippedProgressionJson.WithLadder(
            KneeExtensions.Exercise,
            1,
            ShippedProgressionJson.Level(1, 10, 10, 2, 3, perSide: true),
            ShippedProgressionJson.Level(2, 10, 10, 3, 3, perSide: true),
            ShippedProgressionJson.Level(3, 15, 15, 3, 3, perSide: true));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' level 3 changes reps after sets changed lower down; going up the order is reps → sets → hold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepsThenSetsThenHold_IsAccepted()
    {
        var json = ShippedProgressionJson.WithLadder(
            KneeExtensions.Exercise,
            1,
            ShippedProgressionJson.Level(1, 10, 10, 2, 2, perSide: true),
            ShippedProgressionJson.Level(2, 15, 15, 2, 2, perSide: true),
            ShippedProgressionJson.Level(3, 15, 15, 3, 2, perSide: true),
            ShippedProgressionJson.Level(4, 15, 15, 3, 3, perSide: true));

        Assert.Equal(4, ShippedProgressionJson.Parse(json).LadderFor("knee-extensions").Top);
    }

    [Fact]
    public void ADifferentUnitOrSides_IsRefused()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, ShippedProgressionJson.Level(1, 10, 10, 3, 3, perSide: false));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' level 1 must count reps on each side as the article does", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingLadder_AndAnUnknownExercise_AreRefused()
    {
        var document = ShippedProgressionJson.Document();
        ShippedProgressionJson.Ladder(document, "wall-squats")["exercise"] = "lunges";

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(document.ToJsonString()));

        Assert.Contains("'lunges' is not an exercise of the catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("'wall-squats' has no ladder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelsNumberedOutOfSequence_AreRefused()
    {
        var json = ShippedProgressionJson.WithLadder(KneeExtensions.Exercise, 1, KneeExtensions.Levels[0], KneeExtensions.Levels[1].DeepClone().AsObject().WithLevel(3));

        var error = Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(json));

        Assert.Contains("'knee-extensions' level 2 is numbered 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltField_IsRefused()
    {
        var document = ShippedProgressionJson.Document();
        document["rules"]!["easyPainMaximum"] = 3;

        Assert.Throws<ExerciseCatalogException>(() => ShippedProgressionJson.Parse(document.ToJsonString()));
    }
}
