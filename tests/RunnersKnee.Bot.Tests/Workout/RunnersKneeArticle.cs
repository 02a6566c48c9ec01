using System.Globalization;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Workout;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Workout;

/// <summary>
/// Reads the source article (Bustle, "Your Guide To Strength Training For Runner's Knee",
/// https://www.bustle.com/wellness/strength-training-for-runners-knee/amp, kept in ../shared/content) independently of
/// the catalog, so the catalog's numbers can be checked against the text they were copied from.
/// </summary>
internal static partial class RunnersKneeArticle
{
    private static readonly Lazy<string> Content = new(() => File.ReadAllText(RepositoryRoot.Shared("content", "runners-knee-article.txt")));

    public static string Text => Content.Value;

    /// <summary>Every exercise section in article order: a bullet list, preceded by "X says ..." and the heading.</summary>
    public static IReadOnlyList<ArticleSection> Sections()
    {
        var lines = Text.Split('\n').Select(line => line.Trim()).ToArray();
        var sections = new List<ArticleSection>();
        var i = 0;
        while (i < lines.Length)
        {
            if (!IsBullet(lines[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var bullets = new List<string>();
            for (; i < lines.Length && (IsBullet(lines[i]) || lines[i].Length == 0); i++)
            {
                if (lines[i].Length > 0)
                {
                    bullets.Add(lines[i][2..]);
                }
            }

            var above = lines[..first].Where(line => line.Length > 0).TakeLast(2).ToArray();
            sections.Add(new ArticleSection(Heading: above[0], Intro: above[1], bullets));
        }

        return sections;
    }

    /// <summary>The dosage the section's bullets state, read with the same rules a person would apply.</summary>
    public static Dosage ParseDosage(ArticleSection section)
    {
        var text = string.Join(' ', section.Bullets);
        var perSide = PerSide().IsMatch(text);
        var hold = Hold().Match(text) is { Success: true } holdMatch ? Number(holdMatch.Groups[1]) : 0;

        if (Range().Match(text) is { Success: true } range)
        {
            var unit = range.Groups[3].Value == "feet" ? DosageUnit.Feet : DosageUnit.Reps;
            return new Dosage(unit, Number(range.Groups[1]), Number(range.Groups[2]), Sets(text), perSide, hold);
        }

        if (SingleCount().Match(text) is { Success: true } single)
        {
            var reps = Number(single.Groups[1]);
            return new Dosage(DosageUnit.Reps, reps, reps, Sets(text), perSide, hold);
        }

        // Wall squats end with only "Hold 2 seconds, return to start. Repeat 3x.": read as 3 held squats, one set.
        if (RepeatOnly().Match(text) is { Success: true } repeat)
        {
            var reps = Number(repeat.Groups[1]);
            return new Dosage(DosageUnit.Reps, reps, reps, 1, perSide, hold);
        }

        throw new InvalidOperationException($"No dosage found in the article's '{section.Heading}' section: {text}");
    }

    /// <summary>Every whole number in the text, in order ("8-10 inches" gives 8 and 10).</summary>
    public static IReadOnlyList<int> Numbers(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => Digits().Matches(line)).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture))];

    private static int Sets(string text) =>
        SetCount().Match(text) is { Success: true } sets
            ? Number(sets.Groups[1].Success ? sets.Groups[1] : sets.Groups[2])
            : throw new InvalidOperationException($"No set count in: {text}");

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool IsBullet(string line) => line.StartsWith("- ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(\d+) to (\d+) (feet|reps)\b")]
    private static partial Regex Range();

    [GeneratedRegex(@"\bDo (\d+) reps\b")]
    private static partial Regex SingleCount();

    [GeneratedRegex(@"\b(\d+)x\b|\b(\d+) sets\b")]
    private static partial Regex SetCount();

    [GeneratedRegex(@"\bRepeat (\d+)x\b")]
    private static partial Regex RepeatOnly();

    [GeneratedRegex(@"\bHold (?:for )?(\d+) seconds?\b")]
    private static partial Regex Hold();

    [GeneratedRegex(@"\b(?:per side|on each side|each side)\b")]
    private static partial Regex PerSide();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
