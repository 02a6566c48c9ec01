using System.Text.Json.Nodes;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>Broken exercise data is refused with a message that says which exercise and which field to fix.</summary>
public sealed class ExerciseCatalogValidationTests
{
    [Fact]
    public void Load_ShippedCatalog_HasEightExercisesWithLookups()
    {
        var sut = new ExerciseCatalog();

        Assert.Equal(8, sut.Exercises.Count);
        Assert.Equal(7, sut.IndexOf("wall-squats"));
        Assert.Equal(-1, sut.IndexOf("lunges"));
        Assert.Equal("Knee Extensions", sut.Get("knee-extensions").Name);
        Assert.False(sut.TryGet("lunges", out _));
        Assert.Throws<KeyNotFoundException>(() => sut.Get("lunges"));
    }

    [Theory]
    [InlineData("wall-squats", "dosage.min", 5, "dosage.max")]
    [InlineData("side-steps", "dosage.sets", 0, "dosage.sets")]
    [InlineData("knee-extensions", "dosage.holdSeconds", -1, "dosage.holdSeconds")]
    [InlineData("banded-side-clams", "dosage.min", 0, "dosage.min")]
    [InlineData("hamstring-curls", "easier.dosage.sets", 0, "easier.dosage.sets")]
    public void Parse_BadNumber_ThrowsNamingExerciseAndField(string id, string path, int value, string expectedField)
    {
        var json = ShippedCatalogJson.With(id, path, JsonValue.Create(value));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal(id, error.ExerciseId);
        Assert.Equal(expectedField, error.Field);
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedField, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EasierDosageHarderThanNormal_ThrowsNamingTheHarderValue()
    {
        var json = ShippedCatalogJson.With("knee-extensions", "easier.dosage.max", JsonValue.Create(20));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("easier.dosage", error.Field);
        Assert.Contains("max 20 > 15", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps", "steps")]
    [InlineData("targetMuscles", "targetMuscles")]
    public void Parse_EmptyList_Throws(string path, string expectedField)
    {
        var json = ShippedCatalogJson.With("single-leg-deadlift", path, new JsonArray());

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("single-leg-deadlift", error.ExerciseId);
        Assert.Equal(expectedField, error.Field);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("whyItHelps")]
    [InlineData("cue")]
    [InlineData("easier.description")]
    public void Parse_BlankText_Throws(string path)
    {
        var json = ShippedCatalogJson.With("straight-leg-raise", path, JsonValue.Create(" "));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("straight-leg-raise", error.ExerciseId);
        Assert.Equal(path, error.Field);
    }

    [Fact]
    public void Parse_DuplicateId_Throws()
    {
        var json = ShippedCatalogJson.With("banded-side-clams", "id", JsonValue.Create("side-steps"));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("side-steps", error.ExerciseId);
        Assert.Contains("unique", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownEquipment_ThrowsListingTheKnownOnes()
    {
        var json = ShippedCatalogJson.With("wall-squats", "equipment", new JsonArray("yoga mat"));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("equipment", error.Field);
        Assert.Contains("'yoga mat'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SevenExercises_ThrowsSayingEightAreExpected()
    {
        var document = ShippedCatalogJson.Document();
        document["exercises"]!.AsArray().RemoveAt(7);

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(document.ToJsonString()));

        Assert.Contains("must have 8 exercises", error.Message, StringComparison.Ordinal);
        Assert.Contains("has 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingPerSide_ThrowsInsteadOfDefaultingToFalse()
    {
        var document = ShippedCatalogJson.Document();
        ShippedCatalogJson.Exercise(document, "single-leg-step-downs")["dosage"]!.AsObject().Remove("perSide");

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(document.ToJsonString()));

        Assert.Equal("single-leg-step-downs", error.ExerciseId);
        Assert.Contains("perSide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltField_ThrowsNamingIt()
    {
        var document = ShippedCatalogJson.Document();
        ShippedCatalogJson.Exercise(document, "hamstring-curls")["dosage"]!["holdSecond"] = 3;

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(document.ToJsonString()));

        Assert.Equal("hamstring-curls", error.ExerciseId);
        Assert.Contains("holdSecond", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownUnit_ThrowsNamingTheField()
    {
        var json = ShippedCatalogJson.With("side-steps", "dosage.unit", JsonValue.Create("meters"));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal("side-steps", error.ExerciseId);
        Assert.Equal("dosage.unit", error.Field);
    }

    [Fact]
    public void Parse_EasierStepsSayingTheStandardDosage_ThrowsNamingEasierSteps()
    {
        var json = ShippedCatalogJson.With("side-steps", "easier.steps", new JsonArray("Step 10 to 15 feet, then repeat 3 times per side."));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal(("side-steps", "easier.steps"), (error.ExerciseId, error.Field));
        Assert.Contains("min (5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SidePlaceholderOnAnExerciseNotDonePerSide_Throws()
    {
        var json = ShippedCatalogJson.With("wall-squats", "steps", new JsonArray("Stand on your {side} leg.", "Hold for 2 seconds.", "Repeat 3 times."));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Equal(("wall-squats", "steps"), (error.ExerciseId, error.Field));
        Assert.Contains("not done per side", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPlaceholderInSteps_Throws()
    {
        var json = ShippedCatalogJson.With("single-leg-step-downs", "easier.steps", new JsonArray("Stand with your {foot} on a lower step.", "Do 12 to 15 reps, 3 sets on each side."));

        var error = Assert.Throws<ExerciseCatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Contains("{foot}", error.Message, StringComparison.Ordinal);
    }
}
