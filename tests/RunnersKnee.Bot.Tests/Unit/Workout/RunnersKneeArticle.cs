using System.Text.Json;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>
/// The source article's exercises as numbers (Bustle, "Your Guide To Strength Training For Runner's Knee",
/// https://www.bustle.com/wellness/strength-training-for-runners-knee/amp), from the hand-copied table in
/// <c>TestData/article-exercises.json</c>. The catalog is checked against this table, not against itself.
/// </summary>
internal static class RunnersKneeArticle
{
    private static readonly Lazy<ArticleTable> Table = new(Load);

    /// <summary>The people the article quotes, as it names them ("Trainer James Beitzel").</summary>
    public static IReadOnlyList<string> Experts => Table.Value.Experts;

    /// <summary>Every exercise section in article order.</summary>
    public static IReadOnlyList<ArticleSection> Sections() => Table.Value.Exercises;

    private static ArticleTable Load()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "RunnersKnee.Bot.Tests", "Unit", "Workout", "TestData", "article-exercises.json");
        var table = JsonSerializer.Deserialize<ArticleTable>(File.ReadAllBytes(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        });
        return table ?? throw new InvalidOperationException($"{path} is empty.");
    }

    private sealed record ArticleTable(IReadOnlyList<string> Experts, IReadOnlyList<ArticleSection> Exercises);
}
