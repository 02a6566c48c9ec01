using System.Text.RegularExpressions;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The rules the exercise data must meet before the bot coaches from it. The JSON is deserialized leniently about
/// missing values (System.Text.Json leaves them null), so every required value is checked here with a message that
/// names the exercise and the field.
/// </summary>
internal static partial class ExerciseCatalogValidator
{
    /// <summary>The article has exactly eight exercises; a different count means content was lost or added unreviewed.</summary>
    public const int ExpectedCount = 8;

    public static readonly IReadOnlySet<string> KnownEquipment =
        new HashSet<string>(["resistance band", "step", "kettlebell", "chair", "counter", "wall", "none"], StringComparer.Ordinal);

    /// <summary>The placeholders a per-side exercise's steps may use (see <see cref="ExerciseCatalog.SideNames"/>).</summary>
    public static readonly IReadOnlySet<string> SidePlaceholders = new HashSet<string>(["{side}", "{otherSide}"], StringComparer.Ordinal);

    public static void Validate(IReadOnlyList<Exercise>? exercises, ArticleReference? article, IReadOnlyList<string>? sideNames)
    {
        if (article is null || string.IsNullOrWhiteSpace(article.Title) || article.Url is null)
        {
            throw new ExerciseCatalogException("The exercise catalog must name its source article (article.title, article.url).", field: "article");
        }

        if (sideNames is not { Count: 2 } || sideNames.Any(string.IsNullOrWhiteSpace) || sideNames[0] == sideNames[1])
        {
            throw new ExerciseCatalogException("The exercise catalog must name the two sides its steps' {side} and {otherSide} stand for (sideNames).", field: "sideNames");
        }

        if (exercises is null || exercises.Count != ExpectedCount)
        {
            throw new ExerciseCatalogException(
                $"The exercise catalog must have {ExpectedCount} exercises (the article's) but has {exercises?.Count ?? 0}.", field: "exercises");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < exercises.Count; index++)
        {
            var exercise = exercises[index] ?? throw Fail($"#{index}", "exercise", "is null");
            var name = string.IsNullOrWhiteSpace(exercise.Id) ? $"#{index}" : exercise.Id;
            ValidateExercise(exercise, name);
            if (!ids.Add(exercise.Id))
            {
                throw Fail(name, "id", "is used by another exercise; ids must be unique");
            }
        }
    }

    private static void ValidateExercise(Exercise exercise, string name)
    {
        Require(exercise.Id, name, "id");
        if (!KebabCase().IsMatch(exercise.Id))
        {
            throw Fail(name, "id", "must be kebab-case (lower-case words joined by '-')");
        }

        Require(exercise.Name, name, "name");
        Require(exercise.Source, name, "source");
        Require(exercise.WhyItHelps, name, "whyItHelps");
        Require(exercise.Cue, name, "cue");
        RequireItems(exercise.TargetMuscles, name, "targetMuscles");
        RequireItems(exercise.Steps, name, "steps");
        RequireItems(exercise.Equipment, name, "equipment");
        foreach (var item in exercise.Equipment)
        {
            if (!KnownEquipment.Contains(item))
            {
                throw Fail(name, "equipment", $"has '{item}', which is not one of: {string.Join(", ", KnownEquipment)}");
            }
        }

        if (exercise.Equipment.Contains("none") && exercise.Equipment.Count > 1)
        {
            throw Fail(name, "equipment", "lists 'none' together with other equipment");
        }

        if (exercise.Note is not null && string.IsNullOrWhiteSpace(exercise.Note))
        {
            throw Fail(name, "note", "is blank; leave it null when there is nothing to confirm");
        }

        ValidateDosage(exercise.Dosage, name, "dosage");
        ValidateSteps(exercise.Steps, exercise.Dosage, name, "steps");
        ValidateEasier(exercise.Easier, exercise.Dosage, name);
    }

    /// <summary>
    /// The steps say the dosage they belong to (the card shows both, so a dosage changed without its steps would
    /// contradict itself), and name a side only where the exercise is done per side.
    /// </summary>
    private static void ValidateSteps(IReadOnlyList<string> steps, Dosage dosage, string name, string field)
    {
        var numbers = steps.SelectMany(step => Number().Matches(step)).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (value, what) in new[] { (dosage.Min, "min"), (dosage.Max, "max"), (dosage.HoldSeconds, "holdSeconds") })
        {
            if ((what != "holdSeconds" || value > 0) && !numbers.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                throw Fail(name, field, $"do not say the dosage's {what} ({value}); the steps and the dosage must agree");
            }
        }

        foreach (Match placeholder in steps.SelectMany(step => Placeholder().Matches(step)))
        {
            if (!SidePlaceholders.Contains(placeholder.Value))
            {
                throw Fail(name, field, $"use {placeholder.Value}; only {string.Join(" and ", SidePlaceholders)} are filled in");
            }

            if (!dosage.PerSide)
            {
                throw Fail(name, field, $"use {placeholder.Value} but the exercise is not done per side");
            }
        }
    }

    private static void ValidateEasier(EasierVersion? easier, Dosage normal, string name)
    {
        if (easier is null)
        {
            throw Fail(name, "easier", "is missing");
        }

        Require(easier.Description, name, "easier.description");
        Require(easier.Source, name, "easier.source");
        RequireItems(easier.Steps, name, "easier.steps");
        ValidateDosage(easier.Dosage, name, "easier.dosage");

        var easy = easier.Dosage;
        var harder = new List<string>();
        if (easy.Unit != normal.Unit)
        {
            harder.Add($"unit {easy.Unit} differs from {normal.Unit}");
        }

        if (easy.PerSide != normal.PerSide)
        {
            harder.Add($"perSide {easy.PerSide} differs from {normal.PerSide}");
        }

        AddIfMore(harder, "min", easy.Min, normal.Min);
        AddIfMore(harder, "max", easy.Max, normal.Max);
        AddIfMore(harder, "sets", easy.Sets, normal.Sets);
        AddIfMore(harder, "holdSeconds", easy.HoldSeconds, normal.HoldSeconds);
        if (harder.Count > 0)
        {
            throw Fail(name, "easier.dosage", $"is not easier than the normal dosage: {string.Join("; ", harder)}");
        }

        ValidateSteps(easier.Steps, easier.Dosage, name, "easier.steps");
    }

    private static void ValidateDosage(Dosage? dosage, string name, string field)
    {
        if (dosage is null)
        {
            throw Fail(name, field, "is missing");
        }

        if (!Enum.IsDefined(dosage.Unit))
        {
            throw Fail(name, field + ".unit", $"is {dosage.Unit}, not reps or feet");
        }

        if (dosage.Min < 1)
        {
            throw Fail(name, field + ".min", $"must be at least 1 (is {dosage.Min})");
        }

        if (dosage.Max < dosage.Min)
        {
            throw Fail(name, field + ".max", $"must not be below min (max {dosage.Max} < min {dosage.Min})");
        }

        if (dosage.Sets < 1)
        {
            throw Fail(name, field + ".sets", $"must be at least 1 (is {dosage.Sets})");
        }

        if (dosage.HoldSeconds < 0)
        {
            throw Fail(name, field + ".holdSeconds", $"must not be negative (is {dosage.HoldSeconds})");
        }
    }

    private static void AddIfMore(List<string> harder, string field, int easy, int normal)
    {
        if (easy > normal)
        {
            harder.Add($"{field} {easy} > {normal}");
        }
    }

    private static void Require(string? value, string name, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(name, field, "is missing or empty");
        }
    }

    private static void RequireItems(IReadOnlyList<string>? values, string name, string field)
    {
        if (values is null || values.Count == 0)
        {
            throw Fail(name, field, "must list at least one entry");
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw Fail(name, $"{field}[{i}]", "is empty");
            }
        }
    }

    private static ExerciseCatalogException Fail(string exercise, string field, string problem) =>
        new($"Exercise '{exercise}': {field} {problem}.", exercise, field);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
