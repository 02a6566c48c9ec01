using System.Text.Json.Nodes;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Presentation.Figures;

/// <summary>
/// The shipped figures: one per exercise, start and end (and a hold where the article holds), alt texts, and poses
/// that keep the article's numbers. The numbers are written here from the article, not read from the figures' own
/// limits, so a limit deleted from the file does not quietly stop being checked. The validator refuses bad files.
/// </summary>
public sealed class FigureLibraryTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly FigureLibrary Figures = new(Catalog);

    public static TheoryData<string> ExerciseIds() => [.. Catalog.Exercises.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void Figure_OfEveryExercise_HasStartEnd_HoldWhereTheArticleHolds_AndAltTexts(string exerciseId)
    {
        var figure = Figures.Get(exerciseId);

        Assert.NotNull(figure.Keyframe(FigureKeyframe.Start));
        Assert.NotNull(figure.Keyframe(FigureKeyframe.End));
        Assert.Equal(Catalog.Get(exerciseId).Dosage.HoldSeconds > 0, figure.Keyframe(FigureKeyframe.Hold) is not null);
        Assert.All(figure.Keyframes, k => Assert.True(k.Alt.Length >= 20, $"{exerciseId} {k.Name}: '{k.Alt}' is too short to say the pose."));
        Assert.All(figure.Keyframes, k => Assert.Equal(FigureJoints.All.Order(), k.Joints.Keys.Order()));

        // Something visibly moves from start to target.
        var moved = FigureJoints.All.Max(j => figure.Start[j].DistanceTo(figure.Target[j]));
        Assert.True(moved >= 10, $"{exerciseId}: the most any joint moves is {moved:0.#}.");
    }

    [Fact]
    public void Keyframes_KeepTheArticlesNumbers()
    {
        // Banded side clams: "Lie on side, knees bent 90 degrees, hips at 45 degrees" (bottom leg throughout, both at the start).
        var clams = Figures.Get("banded-side-clams");
        Assert.All(clams.Keyframes, k => Assert.InRange(Angle(k, "hip", "otherKnee", "otherAnkle"), 85, 95));
        Assert.All(clams.Keyframes, k => Assert.InRange(180 - Angle(k, "shoulder", "hip", "otherKnee"), 40, 50));
        Assert.InRange(Angle(clams.Start, "hip", "knee", "ankle"), 85, 95);
        Assert.True(clams.End["knee"].DistanceTo(clams.End["otherKnee"]) > 8, "The top knee lifts to open the knees.");

        // Straight-leg raise: "one knee bent 90 degrees", "raise other leg straight up to level of opposite knee".
        var raise = Figures.Get("straight-leg-raise");
        Assert.All(raise.Keyframes, k => Assert.InRange(Angle(k, "hip", "otherKnee", "otherAnkle"), 85, 95));
        Assert.All(raise.Keyframes, k => Assert.InRange(Angle(k, "hip", "knee", "ankle"), 170, 180));
        Assert.InRange(Angle(raise.Target, "knee", "hip", "otherKnee"), 0, 6);

        // Wall squats: "knees are bent no more than 90 degrees" (an inside angle of 90 or more), back on the wall.
        var squats = Figures.Get("wall-squats");
        Assert.All(squats.Keyframes, k => Assert.True(Angle(k, "hip", "knee", "ankle") >= 89.5, $"{k.Name}: knee at {Angle(k, "hip", "knee", "ankle"):0}°"));
        Assert.InRange(Angle(squats.Target, "hip", "knee", "ankle"), 89.5, 110);
        Assert.Contains(squats.Equipment, e => e.Kind == "wall");

        // Hamstring curls at a counter: "bend a knee, moving your heel toward your glute".
        var curls = Figures.Get("hamstring-curls");
        Assert.Contains(curls.Equipment, e => e.Kind == "counter");
        Assert.True(Angle(curls.Target, "hip", "knee", "ankle") <= 90);
        Assert.True(curls.Target["ankle"].Y < curls.Start["ankle"].Y - 20, "The heel rises toward the glute.");

        // Knee extensions in a chair: "Keep your thigh stationary as you extend your knee until leg is straight".
        var extensions = Figures.Get("knee-extensions");
        Assert.Contains(extensions.Equipment, e => e.Kind == "chair");
        Assert.True(Angle(extensions.Target, "hip", "knee", "ankle") >= 170);
        Assert.Equal(extensions.Start["knee"], extensions.Target["knee"]);
        Assert.Equal(extensions.Start["hip"], extensions.Target["hip"]);

        // Single-leg deadlift: "knee slightly bent", kettlebell in hand, "Hinge at hips".
        var deadlift = Figures.Get("single-leg-deadlift");
        Assert.All(deadlift.Keyframes, k => Assert.InRange(Angle(k, "hip", "knee", "ankle"), 150, 175));
        Assert.Contains(deadlift.Equipment, e => e is { Kind: "kettlebell", At: "hand" or "otherHand" });
        Assert.True(Angle(deadlift.Target, "shoulder", "hip", "knee") <= 130, "The trunk hinges forward.");

        // Step-downs: standing on the step, "lower right foot until it lightly touches ground".
        var stepDowns = Figures.Get("single-leg-step-downs");
        var step = Assert.Single(stepDowns.Equipment, e => e.Kind == "step");
        Assert.All(stepDowns.Keyframes, k => Assert.Equal(step.Y!.Value, k["ankle"].Y, 0.5));
        Assert.InRange(stepDowns.Target["otherToe"].Y, Figures.Frame.FloorY - 2, Figures.Frame.FloorY);
        Assert.True(stepDowns.Start["otherToe"].Y < step.Y!.Value, "The lowering foot starts off the ground.");

        // Side steps: a band, feet from shoulder-width to further apart.
        var sideSteps = Figures.Get("side-steps");
        Assert.Contains(sideSteps.Equipment, e => e.Kind == "band");
        Assert.True(Apart(sideSteps.End) > Apart(sideSteps.Start) + 10);
    }

    [Fact]
    public void Version_IsAShortHashOfTheFile() =>
        Assert.Matches("^[0-9a-f]{12}$", Figures.Version);

    [Theory]
    [InlineData("missing end", "'side-steps' needs its end keyframe")]
    [InlineData("no alt", "needs an alt text")]
    [InlineData("deep squat", "the angle at knee")]
    [InlineData("no figure", "'wall-squats' has no figure")]
    [InlineData("unknown kit", "'trampoline' is not known kit")]
    [InlineData("hold without one", "has no hold, so no hold keyframe")]
    [InlineData("side on both legs", "may use {side} and {otherSide} only")]
    public void Validator_ABrokenFile_StopsWithAReasonNamingTheExercise(string change, string reason)
    {
        var json = Shipped();
        var figures = json["figures"]!.AsArray();
        JsonObject Figure(string id) => figures.First(f => f!["exercise"]!.GetValue<string>() == id)!.AsObject();
        JsonArray Keyframes(string id) => Figure(id)["keyframes"]!.AsArray();
        switch (change)
        {
            case "missing end":
                Keyframes("side-steps").RemoveAt(1);
                break;
            case "no alt":
                Keyframes("banded-side-clams")[0]!["alt"] = " ";
                break;
            case "deep squat":
                // Knees bent past 90 degrees: the knee pushed far forward of the ankle.
                Keyframes("wall-squats")[1]!["joints"]!["knee"] = new JsonArray(120, 125);
                break;
            case "no figure":
                figures.Remove(Figure("wall-squats"));
                break;
            case "unknown kit":
                Figure("side-steps")["equipment"]!.AsArray().Add(new JsonObject { ["kind"] = "trampoline" });
                break;
            case "hold without one":
                var start = Keyframes("side-steps")[0]!.DeepClone().AsObject();
                start["name"] = "hold";
                Keyframes("side-steps").Add(start);
                break;
            case "side on both legs":
                Keyframes("wall-squats")[0]!["alt"] = "Standing on your {side} leg against a wall";
                break;
        }

        var error = Assert.Throws<ExerciseCatalogException>(() => FigureLibrary.Parse(Catalog, json.ToJsonString()));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_AMisspeltField_StopsTheApp()
    {
        var json = Shipped();
        json["figures"]![0]!["equipmnet"] = new JsonArray();

        Assert.Throws<ExerciseCatalogException>(() => FigureLibrary.Parse(Catalog, json.ToJsonString()));
    }

    private static JsonObject Shipped()
    {
        using var stream = ContentFiles.Open(FigureLibrary.ContentPath);
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static double Angle(FigureKeyframe k, string a, string vertex, string c) => FigurePoint.AngleAt(k[a], k[vertex], k[c]);

    private static double Apart(FigureKeyframe k) => Math.Abs(k["ankle"].X - k["otherAnkle"].X);
}
