using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Commands;

/// <summary>
/// Emergency, crisis and red-flag language (the reviewed <see cref="SafetyLexicon"/>): found anywhere in a message,
/// whatever else it says, because safety outranks every other reading of it. A phrase the person denies ("no chest
/// pain", "not an emergency") does not count, and a denied phrase's words are not read again as a vaguer one.
/// </summary>
public sealed class SafetyLanguage
{
    private const int MaxFillersBeforeNegation = 3;

    // Words of a "together" entry count when they sit this close: "my chest is so very tight" yes, a chest and a pain
    // named in two different sentences of a long message no.
    private const int TogetherWindow = 6;

    private readonly (SafetyLanguageMatch Match, string[][] Phrases, string[][][] Combinations)[] _lists;
    private readonly string[][] _childWarningSigns;
    private readonly SafetyLexicon _lexicon;

    internal SafetyLanguage()
        : this(new SafetyLexicon())
    {
    }

    public SafetyLanguage(SafetyLexicon lexicon)
    {
        _lexicon = lexicon;
        _lists =
        [
            (SafetyLanguageMatch.Crisis, lexicon.Phrases(LexiconClass.Crisis), lexicon.Combinations(LexiconClass.Crisis)),
            (SafetyLanguageMatch.Emergency, lexicon.Phrases(LexiconClass.Emergency), lexicon.Combinations(LexiconClass.Emergency)),
            (SafetyLanguageMatch.CheckCrisis, lexicon.Phrases(LexiconClass.CheckCrisis), lexicon.Combinations(LexiconClass.CheckCrisis)),
            (SafetyLanguageMatch.CheckEmergency, lexicon.Phrases(LexiconClass.CheckEmergency), lexicon.Combinations(LexiconClass.CheckEmergency)),
            (SafetyLanguageMatch.RedFlag, lexicon.Phrases(LexiconClass.RedFlag), lexicon.Combinations(LexiconClass.RedFlag)),
            (SafetyLanguageMatch.Injury, lexicon.Phrases(LexiconClass.Injury), lexicon.Combinations(LexiconClass.Injury)),
        ];
        _childWarningSigns = lexicon.Phrases(LexiconClass.ChildWarningSign);
        new LexiconExamples(this).Check(lexicon);
    }

    /// <summary>
    /// The most urgent thing <paramref name="text"/> calls for. A first "no" followed by a comma or a stop answers a
    /// question ("No, my chest hurts"); it does not deny what comes after it.
    /// </summary>
    public SafetyLanguageMatch Classify(string? text)
    {
        var words = TextNormalizer.Words(text);
        return Classify(words.Length > 1 && _lexicon.Negations.Contains(words[0]) && IsAnswerWord(text) ? words[1..] : words);
    }

    /// <summary>The most urgent thing the message's safety words call for.</summary>
    public SafetyLanguageMatch Classify(string[] words)
    {
        var denied = new bool[words.Length];
        foreach (var (match, phrases, combinations) in _lists)
        {
            var found = combinations.Any(groups => AreTogether(words, groups));
            foreach (var phrase in phrases)
            {
                for (var start = 0; start + phrase.Length <= words.Length; start++)
                {
                    if (!IsAt(words, phrase, start) || IsDenied(denied, start, phrase.Length))
                    {
                        continue;
                    }

                    if (IsNegated(words, start) || IsReassured(words, start + phrase.Length))
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
    public bool HasChildWarningSign(string[] words) => Names(words, _childWarningSigns);

    /// <summary>Whether the message names any of <paramref name="phrases"/> without denying it.</summary>
    internal bool Names(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (IsAt(words, phrase, start) && !IsNegated(words, start) && !IsReassured(words, start + phrase.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // One word of every group, none denied, all within the window. Groups are few and short, so a plain search.
    private bool AreTogether(string[] words, string[][] groups)
    {
        for (var anchor = 0; anchor < words.Length; anchor++)
        {
            if (!IsOneOf(words, anchor, groups[0]))
            {
                continue;
            }

            var all = true;
            for (var g = 1; g < groups.Length && all; g++)
            {
                all = false;
                var from = Math.Max(0, anchor - TogetherWindow);
                var to = Math.Min(words.Length - 1, anchor + TogetherWindow);
                for (var i = from; i <= to && !all; i++)
                {
                    all = i != anchor && IsOneOf(words, i, groups[g]);
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOneOf(string[] words, int index, string[] group)
    {
        foreach (var target in group)
        {
            if (IsWord(words[index], target, single: true))
            {
                return !IsNegated(words, index) && !IsReassured(words, index + 1);
            }
        }

        return false;
    }

    // The first word is followed by punctuation: "No, I have chest pain", "no. it locks".
    private static bool IsAnswerWord(string? text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return end < trimmed.Length && trimmed[end] is ',' or '.' or ';' or '!' or ':' or '-';
    }

    // "can't walk" must not match "can you tell me how to walk": the phrase's words must sit together. A lone short
    // word is matched exactly: one typo away, "fainted" is "painted" and "locked" is "looked".
    private bool IsAt(string[] words, string[] phrase, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!IsWord(words[start + i], phrase[i], single: phrase.Length == 1))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsWord(string word, string target, bool single) =>
        (!single || target.Length >= 8) && !_lexicon.ExactWords.Contains(target)
            ? FuzzyText.IsCloseTo(word, target)
            : string.Equals(word, target, StringComparison.Ordinal);

    // "my chest is fine", "el pecho está bien": a reassurance after the phrase, with one to three filler words
    // between. Right after it, the word describes the symptom instead: "me cuesta respirar bien".
    private bool IsReassured(string[] words, int end)
    {
        for (var i = end; i < words.Length && i <= end + 3; i++)
        {
            if (i > end && _lexicon.Reassurances.Contains(words[i]))
            {
                return true;
            }

            if (!_lexicon.ReassuranceFillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
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
    // only filler words between. "No I have chest pain" is not one: "I" is not a filler.
    private bool IsNegated(string[] words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 1 - MaxFillersBeforeNegation; i--)
        {
            if (_lexicon.Negations.Contains(words[i]))
            {
                return true;
            }

            if (!_lexicon.NegationFillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }
}
