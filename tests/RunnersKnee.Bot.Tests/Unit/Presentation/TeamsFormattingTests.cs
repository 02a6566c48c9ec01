using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Tests.Unit.Presentation;

/// <summary>
/// Every reviewed text uses only the formatting Teams renders on desktop and on phones (msteams-docs, "Format your bot
/// messages" and "Text formatting in cards"): bold, italic and links everywhere, lists only inside card text blocks.
/// Headings, tables, strikethrough, horizontal rules, HTML, images and code blocks would show as raw symbols on
/// some client, or not at all.
/// </summary>
public sealed partial class TeamsFormattingTests
{
    // Texts shown inside a card's TextBlock, where Teams renders lists on every client.
    private static readonly HashSet<string> CardListTexts = ["help.commands"];

    public static TheoryData<string> ContentPaths() =>
        [.. new[] { "Texts", "Intake", "Safety", "Cards", "Exercises" }.SelectMany(folder => ContentFiles.List(folder))];

    [Theory]
    [MemberData(nameof(ContentPaths))]
    public void Content_UsesOnlyFormattingTeamsRenders(string path)
    {
        using var stream = ContentFiles.Open(path);
        var problems = new List<string>();
        foreach (var (key, text) in Strings(JsonNode.Parse(stream)!, string.Empty))
        {
            var listsAllowed = path.StartsWith("Intake/", StringComparison.Ordinal) || path.StartsWith("Cards/", StringComparison.Ordinal) || CardListTexts.Contains(key);
            foreach (var line in text.Split('\n'))
            {
                if (Unrendered().Match(line) is { Success: true } match)
                {
                    problems.Add($"{key}: '{match.Value}' in \"{line}\"");
                }

                if (!listsAllowed && ListItem().IsMatch(line))
                {
                    problems.Add($"{key}: a list in a chat message (Teams on phones shows the raw markers) in \"{line}\"");
                }
            }

            if (Regex.Count(text, @"\*\*") % 2 != 0)
            {
                problems.Add($"{key}: unbalanced ** in \"{text}\"");
            }

            foreach (Match link in Link().Matches(text))
            {
                if (!link.Groups[1].Value.StartsWith("https://", StringComparison.Ordinal) && !link.Groups[1].Value.StartsWith('{'))
                {
                    problems.Add($"{key}: a link that is not https: {link.Value}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("# Heading")]
    [InlineData("| a | b |")]
    [InlineData("~~gone~~")]
    [InlineData("<b>bold</b>")]
    [InlineData("![knee](https://example.com/k.png)")]
    [InlineData("```code```")]
    [InlineData("---")]
    public void Unrendered_MarkupIsCaught(string line) => Assert.Matches(Unrendered(), line);

    private static IEnumerable<(string Key, string Text)> Strings(JsonNode node, string key)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var pair in child is null ? [] : Strings(child, name))
                    {
                        yield return pair;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var pair in item is null ? [] : Strings(item, key))
                    {
                        yield return pair;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (key, text);
                break;
        }
    }

    [GeneratedRegex(@"^\s*#{1,6}\s|^\s*\|.*\|\s*$|~~|<[a-zA-Z/][^>]*>|!\[|```|^\s*(-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex Unrendered();

    [GeneratedRegex(@"^\s*([-*+]|\d+\.)\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
