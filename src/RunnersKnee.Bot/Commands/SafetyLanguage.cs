using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Commands;

/// <summary>
/// Emergency and red-flag symptom language (<c>Content/Safety/safety-language.json</c>): found anywhere in a
/// message, whatever else it says, because safety outranks every other reading of it.
/// </summary>
public sealed class SafetyLanguage
{
    private readonly string[][] _emergency;
    private readonly string[][] _crisis;
    private readonly string[][] _redFlagSymptoms;

    public SafetyLanguage()
    {
        using var stream = ContentFiles.Open("Safety/safety-language.json");
        var document = JsonDocument.Parse(stream).RootElement;
        _emergency = Phrases(document, "emergency");
        _crisis = Phrases(document, "crisis");
        _redFlagSymptoms = Phrases(document, "redFlagSymptoms");
    }

    public bool IsEmergency(string[] words) => ContainsAny(words, _emergency);

    public bool IsCrisis(string[] words) => ContainsAny(words, _crisis);

    public bool IsRedFlagSymptom(string[] words) => ContainsAny(words, _redFlagSymptoms);

    private static bool ContainsAny(string[] words, string[][] phrases) =>
        phrases.Any(phrase => FuzzyText.PhraseCoverage(words, phrase) >= 1.0 && IsContiguous(words, phrase));

    // "can't walk" must not match "can you tell me how to walk": the phrase's words must sit together.
    private static bool IsContiguous(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                all = FuzzyText.IsCloseTo(words[start + i], phrase[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(JsonElement document, string name)
    {
        var phrases = document.GetProperty(name).EnumerateArray()
            .Select(p => TextNormalizer.Words(p.GetString()))
            .ToArray();
        if (phrases.Length == 0 || phrases.Any(p => p.Length == 0))
        {
            throw new InvalidOperationException($"safety-language.json: '{name}' must list non-empty phrases.");
        }

        return phrases;
    }
}
