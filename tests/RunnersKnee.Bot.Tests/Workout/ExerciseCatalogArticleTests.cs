using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Workout;

/// <summary>The shipped catalog says what the article says: same exercises, same order, same numbers, same people.</summary>
public sealed class ExerciseCatalogArticleTests
{
    private static readonly ExerciseCatalog Catalog = new();

    public static TheoryData<int> ExerciseIndexes() => [.. Enumerable.Range(0, ExerciseCatalogValidator.ExpectedCount)];

    [Fact]
    public void Exercises_ComparedWithArticleHeadings_SameExercisesInArticleOrder()
    {
        var sections = RunnersKneeArticle.Sections();

        Assert.Equal(sections.Select(section => Letters(section.Heading)), Catalog.Exercises.Select(exercise => Letters(exercise.Id)));
        Assert.Equal(sections.Select(section => Letters(section.Heading)), Catalog.Exercises.Select(exercise => Letters(exercise.Name)));
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Dosage_ComparedWithArticle_EqualsArticleNumbers(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];

        var expected = RunnersKneeArticle.ParseDosage(section);

        Assert.Equal(expected, Catalog.Exercises[index].Dosage);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Steps_ComparedWithArticleBullets_KeepEveryNumberInOrder(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];

        var numbers = RunnersKneeArticle.Numbers(Catalog.Exercises[index].Steps);

        Assert.Equal(RunnersKneeArticle.Numbers(section.Bullets), numbers);
        Assert.Equal(section.Bullets.Count, Catalog.Exercises[index].Steps.Count);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Source_ComparedWithArticle_NamesThePersonWhoRecommendsIt(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];
        var exercise = Catalog.Exercises[index];

        var surname = section.Intro.Contains("Beitzel", StringComparison.Ordinal) ? "Beitzel" : "Reynolds";

        Assert.Contains(surname, exercise.Source, StringComparison.Ordinal);
        Assert.Contains(exercise.Source + " says", RunnersKneeArticle.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void WhyItHelps_ComparedWithArticle_QuotesItOrTheNoteExplains(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];
        var exercise = Catalog.Exercises[index];

        var quoted = section.Intro.Contains(exercise.WhyItHelps, StringComparison.OrdinalIgnoreCase);

        Assert.True(
            quoted || exercise.Note?.Contains("whyItHelps", StringComparison.Ordinal) == true,
            $"'{exercise.WhyItHelps}' is not in the article's line '{section.Intro}' and the note does not explain where it comes from.");
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Easier_Source_TracesToProductResearchPendingReview(int index)
    {
        var easier = Catalog.Exercises[index].Easier;

        Assert.Contains("row 14", easier.Source, StringComparison.Ordinal);
        Assert.Contains("pending physical therapist review", easier.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDosage_WallSquats_ReadsRepeat3xAsThreeHeldRepsInOneSet()
    {
        var wallSquats = RunnersKneeArticle.Sections()[^1];

        var dosage = RunnersKneeArticle.ParseDosage(wallSquats);

        Assert.Equal(new Dosage(DosageUnit.Reps, 3, 3, 1, PerSide: false, HoldSeconds: 2), dosage);
        Assert.NotNull(Catalog.Get("wall-squats").Note);
    }

    [Fact]
    public void ParseDosage_SideSteps_ReadsFeetRangePerSide()
    {
        var sideSteps = RunnersKneeArticle.Sections()[0];

        var dosage = RunnersKneeArticle.ParseDosage(sideSteps);

        Assert.Equal(new Dosage(DosageUnit.Feet, 10, 15, 3, PerSide: true, HoldSeconds: 0), dosage);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
