using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.Testing;
using SkiaSharp;

namespace RunnersKnee.Bot.Tests.Unit.Presentation.Figures;

/// <summary>
/// The one drawing, two outputs: every exercise's start → end PNG decodes, is not blank, shows the working leg's
/// colour, and its two frames differ; left and right are mirror images; the SVG is XML with the alt text as its
/// name. Each card image is saved in artifacts/screenshots for a person to look at.
/// </summary>
public sealed class FigureRenderingTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly FigureImages Images = new(new FigureLibrary(Catalog), Catalog, new TextCatalog(), Options.Create(new BotOptions { PublicBaseUrl = "https://knee.example.com/" }));

    public static TheoryData<string, int> ExercisesAndSides()
    {
        var data = new TheoryData<string, int>();
        foreach (var exercise in Catalog.Exercises)
        {
            foreach (var side in exercise.Dosage.PerSide ? [0, 1] : new[] { 0 })
            {
                data.Add(exercise.Id, side);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExercisesAndSides))]
    public void Png_DecodesWithSkia_IsNotBlank_ShowsTheWorkingLeg_AndStartDiffersFromEnd(string exerciseId, int side)
    {
        var png = Images.Png(exerciseId, side);
        File.WriteAllBytes(Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"figure-{Images.FileName(exerciseId, side)}.png"), png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((880, 300), (bitmap.Width, bitmap.Height));
        var background = SKColor.Parse(FigureStyle.Background);
        var working = SKColor.Parse(FigureStyle.Working);
        var drawn = 0;
        var workingPixels = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                drawn += pixel == background ? 0 : 1;
                workingPixels += pixel == working ? 1 : 0;
            }
        }

        Assert.True(drawn > 2_000, $"Only {drawn} sampled pixels are drawn.");
        Assert.True(workingPixels > 50, $"The working leg shows in {workingPixels} sampled pixels.");

        // The two frames: 400 px each at 2×, then the arrow, then the end frame from x 480.
        var differing = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < 400; x += 2)
            {
                differing += bitmap.GetPixel(x, y) == bitmap.GetPixel(x + 480, y) ? 0 : 1;
            }
        }

        Assert.True(differing > 200, $"Start and end differ in only {differing} sampled pixels.");
    }

    [Fact]
    public void Png_IsDrawnOnce_ThenServedFromMemory() =>
        Assert.Same(Images.Png("wall-squats", 0), Images.Png("wall-squats", 0));

    [Fact]
    public void Png_PerSideExercise_RightIsTheLeftMirrored()
    {
        using var left = SKBitmap.Decode(Images.Png("hamstring-curls", 0));
        using var right = SKBitmap.Decode(Images.Png("hamstring-curls", 1));

        // The left side's start frame, flipped, is the right side's start frame (both are the first 400 px at 2×).
        var mismatched = 0;
        for (var y = 0; y < 300; y += 3)
        {
            for (var x = 0; x < 400; x += 3)
            {
                mismatched += Near(left.GetPixel(x, y), right.GetPixel(399 - x, y)) ? 0 : 1;
            }
        }

        Assert.True(mismatched < 150, $"{mismatched} sampled pixels differ from the mirror image.");
        Assert.NotEqual(Images.Png("hamstring-curls", 0), Images.Png("hamstring-curls", 1));
    }

    [Theory]
    [MemberData(nameof(ExercisesAndSides))]
    public void Svg_IsXml_WithTheAltTextAsItsName(string exerciseId, int side)
    {
        var svg = XDocument.Parse(Images.Svg(exerciseId, side));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal(Images.Alt(exerciseId, side), svg.Root.Attribute("aria-label")!.Value);
        Assert.Equal(Images.Alt(exerciseId, side), svg.Root.Element(ns + "title")!.Value);
        Assert.Contains(svg.Descendants(ns + "polyline"), p => (string?)p.Attribute("data-role") == FigureStyle.WorkingLeg);
    }

    [Fact]
    public void Alt_PerSide_NamesTheCardsSide_AndLeavesNoPlaceholder()
    {
        Assert.Contains("The left knee bent", Images.Alt("hamstring-curls", 0), StringComparison.Ordinal);
        Assert.Contains("The right knee bent", Images.Alt("hamstring-curls", 1), StringComparison.Ordinal);
        Assert.Contains("on your left foot", Images.Alt("single-leg-step-downs", 0), StringComparison.Ordinal);
        Assert.Contains("the right foot lowered", Images.Alt("single-leg-step-downs", 0), StringComparison.Ordinal);
        Assert.All(Catalog.Exercises, e => Assert.DoesNotContain("{", Images.Alt(e.Id, 1), StringComparison.Ordinal));
        Assert.StartsWith("Start: Lying on your side", Images.Alt("banded-side-clams", 0), StringComparison.Ordinal);
    }

    [Fact]
    public void CardUrl_NamesOnlyTheExerciseAndSide_WithTheContentVersion()
    {
        var url = Images.CardUrl("knee-extensions", 1)!;

        Assert.Equal("https://knee.example.com/figures/knee-extensions-right.png", url.GetLeftPart(UriPartial.Path));
        Assert.Matches("^\\?v=[0-9a-f]{12}$", url.Query);
        Assert.Equal("https://knee.example.com/figures/wall-squats.png", Images.CardUrl("wall-squats", 1)!.GetLeftPart(UriPartial.Path));
        Assert.Null(new FigureImages(new FigureLibrary(Catalog), Catalog, new TextCatalog(), Options.Create(new BotOptions())).CardUrl("wall-squats", 0));
    }

    [Fact]
    public void LiveContent_StartAndTarget_AreTheSameShapesInTheSameOrder()
    {
        foreach (var exercise in Catalog.Exercises)
        {
            var live = JsonNode.Parse(Images.LiveContent(exercise.Id, 0).GetRawText())!;
            var start = live["start"]!.AsArray();
            var target = live["target"]!.AsArray();

            Assert.Equal(start.Count, target.Count);
            Assert.All(start.Zip(target), pair =>
            {
                Assert.Equal(pair.First!["kind"]!.GetValue<string>(), pair.Second!["kind"]!.GetValue<string>());
                Assert.Equal(pair.First!["values"]!.AsArray().Count, pair.Second!["values"]!.AsArray().Count);
            });
        }
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 60;
}
