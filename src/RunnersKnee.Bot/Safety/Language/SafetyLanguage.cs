using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// Emergency, crisis and red-flag language (the reviewed <see cref="SafetyLexicon"/>): found anywhere in a message,
/// whatever else it says, because safety outranks every other reading of it. A phrase the person denies ("no chest
/// pain", "not an emergency") does not count, and a denied phrase's words are not read again as a vaguer one.
/// </summary>
public sealed class SafetyLanguage
{
    private readonly (SafetyLanguageMatch Match, string[][] Phrases, WordGroups[] Combinations)[] _lists;
    private readonly string[][] _childWarningSigns;
    private readonly SafetyLexicon _lexicon;
    private readonly LexiconWords _words;

    internal SafetyLanguage()
        : this(new SafetyLexicon())
    {
    }

    public SafetyLanguage(SafetyLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = new LexiconWords(lexicon);
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

    /// <summary>
    /// The most urgent thing the message's safety words call for. An emergency or crisis wording the person takes back
    /// as a joke ("lol jk", "just kidding") is asked about once instead: the joke may be a cover, and a question is cheap.
    /// </summary>
    public SafetyLanguageMatch Classify(string[] words) => Strongest(words) switch
    {
        SafetyLanguageMatch.Emergency when IsTakenBack(words) => SafetyLanguageMatch.CheckEmergency,
        SafetyLanguageMatch.Crisis when IsTakenBack(words) => SafetyLanguageMatch.CheckCrisis,
        var match => match,
    };

    // "lol jk its my quads", "es broma": a retraction the person does not deny ("not kidding", "no es broma").
    private bool IsTakenBack(string[] words)
    {
        foreach (var retraction in _lexicon.Retractions)
        {
            for (var start = 0; start + retraction.Length <= words.Length; start++)
            {
                if (_words.IsAt(words, retraction, start) && !_words.IsNegated(words, start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private SafetyLanguageMatch Strongest(string[] words)
    {
        var denied = _words.Idioms(words);
        var found = new List<(int List, int Start, int Length)>();
        for (var list = 0; list < _lists.Length; list++)
        {
            foreach (var phrase in _lists[list].Phrases)
            {
                for (var start = 0; start + phrase.Length <= words.Length; start++)
                {
                    if (!_words.IsAt(words, phrase, start) || LexiconWords.IsDenied(denied, start, phrase.Length))
                    {
                        continue;
                    }

                    if (_words.IsNegated(words, start) || _words.IsReassured(words, start + phrase.Length))
                    {
                        Array.Fill(denied, true, start, phrase.Length);
                        continue;
                    }

                    found.Add((list, start, phrase.Length));
                }
            }
        }

        for (var list = 0; list < _lists.Length; list++)
        {
            if (_lists[list].Combinations.Any(groups => _words.AreTogether(words, groups, denied))
                || found.Any(match => match.List == list && !IsInsideALongerPhrase(match, found)))
            {
                return _lists[list].Match;
            }
        }

        return SafetyLanguageMatch.None;
    }

    // "my knee collapsed under me" is the knee giving way (a red flag), not a person collapsing (an ambulance): a
    // phrase that lies inside a longer phrase of another class is read as the longer one, which says more.
    private static bool IsInsideALongerPhrase((int List, int Start, int Length) match, List<(int List, int Start, int Length)> found) =>
        found.Any(other => other.List != match.List
            && other.Length > match.Length
            && other.Start <= match.Start
            && other.Start + other.Length >= match.Start + match.Length);

    /// <summary>The research rows (A2.n) of the knee red flags the message names without denying them.</summary>
    public IReadOnlyList<string> RedFlagRows(string[] words)
    {
        var denied = _words.Idioms(words);
        return [.. _lexicon.Entries
            .Where(entry => entry.Class == LexiconClass.RedFlag
                && (Names(words, entry.Phrases) || (entry.Together is { } together && _words.AreTogether(words, together, denied))))
            .Select(entry => entry.Row)
            .Distinct()];
    }

    /// <summary>Whether the message says the person is fine ("I'm good", "all ok"), in the lexicon's reassurance words.</summary>
    public bool IsReassurance(string[] words) => words.Any(_lexicon.Reassurances.Contains);

    /// <summary>Whether the message names, without denying it, a sign that makes knee pain urgent under 16 (a limp, hip or groin pain, night pain).</summary>
    public bool HasChildWarningSign(string[] words) => Names(words, _childWarningSigns);

    /// <summary>Whether the message names any of <paramref name="phrases"/> without denying it.</summary>
    internal bool Names(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (_words.IsAt(words, phrase, start) && !_words.IsNegated(words, start) && !_words.IsReassured(words, start + phrase.Length))
                {
                    return true;
                }
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
}
