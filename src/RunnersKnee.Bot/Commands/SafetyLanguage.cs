using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Commands;

/// <summary>
/// Emergency, crisis and red-flag language (<c>Content/Safety/safety-language.json</c>): found anywhere in a message,
/// whatever else it says, because safety outranks every other reading of it. A phrase the person denies ("no chest
/// pain", "not an emergency") does not count, and a denied phrase's words are not read again as a vaguer one.
/// </summary>
public sealed class SafetyLanguage
{
    private const int MaxFillersBeforeNegation = 3;

    private readonly (SafetyLanguageMatch Match, string[][] Phrases)[] _lists;
    private readonly string[][] _childWarningSigns;
    private readonly HashSet<string> _negations;
    private readonly HashSet<string> _fillers;

    public SafetyLanguage()
        : this(ContentFiles.Open("Safety/safety-language.json"))
    {
    }

    internal SafetyLanguage(Stream content)
    {
        using (content)
        {
            var document = JsonDocument.Parse(content).RootElement;
            _lists =
            [
                (SafetyLanguageMatch.Crisis, Phrases(document, "crisis")),
                (SafetyLanguageMatch.Emergency, Phrases(document, "emergency")),
                (SafetyLanguageMatch.CheckCrisis, Phrases(document, "checkCrisis")),
                (SafetyLanguageMatch.CheckEmergency, Phrases(document, "checkEmergency")),
                (SafetyLanguageMatch.RedFlag, Phrases(document, "redFlagSymptoms")),
            ];
            _childWarningSigns = Phrases(document, "childWarningSigns");
            _negations = [.. Phrases(document, "negations").Select(p => p.Length == 1 ? p[0] : throw new InvalidOperationException("safety-language.json: 'negations' must be single words."))];
            _fillers = [.. Phrases(document, "negationFillers").Select(p => p[0])];
        }
    }

    /// <summary>The most urgent thing the message's safety words call for.</summary>
    public SafetyLanguageMatch Classify(string[] words)
    {
        var denied = new bool[words.Length];
        foreach (var (match, phrases) in _lists)
        {
            var found = false;
            foreach (var phrase in phrases)
            {
                for (var start = 0; start + phrase.Length <= words.Length; start++)
                {
                    if (!IsAt(words, phrase, start, Fuzzy(match, phrase)) || IsDenied(denied, start, phrase.Length))
                    {
                        continue;
                    }

                    if (IsNegated(words, start))
                    {
                        Array.Fill(denied, true, start, phrase.Length);
                        continue;
                    }

                    found = true;
                }
            }

            if (found)
            {
                return match;
            }
        }

        return SafetyLanguageMatch.None;
    }

    /// <summary>Whether the message names, without denying it, a sign that makes knee pain urgent under 16 (a limp, hip or groin pain, night pain).</summary>
    public bool HasChildWarningSign(string[] words)
    {
        foreach (var phrase in _childWarningSigns)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (IsAt(words, phrase, start, Fuzzy(SafetyLanguageMatch.None, phrase)) && !IsNegated(words, start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A lone short word is matched exactly: one typo away, "fainted" is "painted" and "faint" is "paint". Crisis
    // words stay fuzzy ("sucide"), and so do the red flags, whose questions are the check.
    private static bool Fuzzy(SafetyLanguageMatch match, string[] phrase) =>
        match is SafetyLanguageMatch.Crisis or SafetyLanguageMatch.RedFlag || phrase.Length > 1 || phrase[0].Length >= 8;

    // "can't walk" must not match "can you tell me how to walk": the phrase's words must sit together.
    private static bool IsAt(string[] words, string[] phrase, int start, bool fuzzy)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = words[start + i];
            if (fuzzy ? !FuzzyText.IsCloseTo(word, phrase[i]) : !string.Equals(word, phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDenied(bool[] denied, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (denied[i])
            {
                return true;
            }
        }

        return false;
    }

    // "no chest pain", "not an emergency", "I don't have any chest pain": a negation right before the phrase, with
    // only filler words between. "No, I have chest pain" is not one: "I" is not a filler.
    private bool IsNegated(string[] words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 1 - MaxFillersBeforeNegation; i--)
        {
            if (_negations.Contains(words[i]))
            {
                return true;
            }

            if (!_fillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static string[][] Phrases(JsonElement document, string name) => WordPhrases.Words(document, name, "safety-language.json");
}
