using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Tests.Unit.Workout;

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
        var expected = RunnersKneeArticle.Sections()[index].Dosage;

        Assert.Equal(expected, Catalog.Exercises[index].Dosage);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Steps_ComparedWithArticleBullets_KeepEveryNumberInOrder(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];

        var numbers = Numbers(Catalog.Exercises[index].Steps);

        Assert.Equal(section.Numbers, numbers);
        Assert.Equal(section.BulletCount, Catalog.Exercises[index].Steps.Count);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Source_ComparedWithArticle_NamesThePersonWhoRecommendsIt(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];
        var exercise = Catalog.Exercises[index];

        var surname = section.Says.Contains("Beitzel", StringComparison.Ordinal) ? "Beitzel" : "Reynolds";

        Assert.Contains(surname, exercise.Source, StringComparison.Ordinal);
        Assert.Contains(exercise.Source, RunnersKneeArticle.Experts);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void WhyItHelps_ComparedWithArticle_QuotesItOrTheNoteExplains(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];
        var exercise = Catalog.Exercises[index];

        var quoted = section.Says.Contains(exercise.WhyItHelps, StringComparison.OrdinalIgnoreCase);

        Assert.True(
            quoted || exercise.Note?.Contains("whyItHelps", StringComparison.Ordinal) == true,
            $"'{exercise.WhyItHelps}' is not in the article's line '{section.Says}' and the note does not explain where it comes from.");
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void Easier_Source_TracesToProductResearchPendingReview(int index)
    {
        var easier = Catalog.Exercises[index].Easier;

        Assert.Contains("row 14", easier.Source, StringComparison.Ordinal);
        Assert.Contains("pending physical therapist review", easier.Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExerciseIndexes))]
    public void ArticleTable_Dosage_UsesOnlyNumbersTheArticleWrites(int index)
    {
        var section = RunnersKneeArticle.Sections()[index];

        var stated = Numbers([section.ArticleWording]);

        // The table's dosage is a reading of the article's last bullets; it must not hold a number they do not.
        Assert.Contains(section.Dosage.Min, stated);
        Assert.Contains(section.Dosage.Max, stated);
        Assert.True(section.Dosage.Sets == 1 || stated.Contains(section.Dosage.Sets), $"{section.Heading}: {section.Dosage.Sets} sets is not in '{section.ArticleWording}'.");
        Assert.True(section.Dosage.HoldSeconds == 0 || stated.Contains(section.Dosage.HoldSeconds), $"{section.Heading}: the hold is not in '{section.ArticleWording}'.");
        Assert.Equal(section.Dosage.PerSide, section.ArticleWording.Contains("side", StringComparison.Ordinal));
        Assert.All(stated, number => Assert.Contains(number, section.Numbers));
    }

    [Fact]
    public void ArticleTable_WallSquats_IsThreeHeldRepsInOneSetAndTheCatalogNotesTheReading()
    {
        var wallSquats = RunnersKneeArticle.Sections()[^1];

        Assert.Equal(new Dosage(DosageUnit.Reps, 3, 3, 1, PerSide: false, HoldSeconds: 2), wallSquats.Dosage);
        Assert.NotNull(Catalog.Get("wall-squats").Note);
    }

    [Fact]
    public void ArticleTable_SideSteps_IsAFeetRangePerSide()
    {
        var sideSteps = RunnersKneeArticle.Sections()[0];

        Assert.Equal(new Dosage(DosageUnit.Feet, 10, 15, 3, PerSide: true, HoldSeconds: 0), sideSteps.Dosage);
    }

    /// <summary>Every whole number in the text, in order ("8-10 inches" gives 8 and 10).</summary>
    private static List<int> Numbers(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"\d+")).Select(match => int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
