using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// How the lexicon's words are found in a message: typos tolerated where they cannot turn one word into another,
/// a negation before and a reassurance after deny a phrase, everyday sayings are not safety words, and the words of
/// a "together" entry count when they sit close.
/// </summary>
internal sealed class LexiconWords(SafetyLexicon lexicon)
{
    private const int MaxFillersBeforeNegation = 3;

    private readonly Dictionary<string, bool> _exact = ExactByReference(lexicon);
    private readonly Dictionary<string, HashSet<LexiconClass>> _classesOfWord = ClassesOfWord(lexicon);

    // "I'm dying to get back to running": the words of an everyday saying are not safety words.
    public bool[] Idioms(string[] words)
    {
        var denied = new bool[words.Length];
        foreach (var idiom in lexicon.Idioms)
        {
            for (var start = 0; start + idiom.Length <= words.Length; start++)
            {
                if (IsAt(words, idiom, start))
                {
                    Array.Fill(denied, true, start, idiom.Length);
                }
            }
        }

        return denied;
    }

    // One word of every group, none denied, all within the window. Groups are few and short, so a plain search.
    public bool AreTogether(string[] words, WordGroups together, bool[] denied)
    {
        var groups = together.Groups;
        for (var anchor = 0; anchor < words.Length; anchor++)
        {
            if (denied[anchor] || !IsOneOf(words, anchor, groups[0]))
            {
                continue;
            }

            var all = true;
            for (var g = 1; g < groups.Length && all; g++)
            {
                all = false;
                var from = Math.Max(0, anchor - together.Window);
                var to = Math.Min(words.Length - 1, anchor + together.Window);
                for (var i = from; i <= to && !all; i++)
                {
                    all = i != anchor && !denied[i] && IsOneOf(words, i, groups[g]);
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

    // "can't walk" must not match "can you tell me how to walk": the phrase's words must sit together. A lone short
    // word is matched exactly: one typo away, "fainted" is "painted" and "locked" is "looked".
    public bool IsAt(string[] words, string[] phrase, int start)
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
        (!single || target.Length >= 8) && !IsExact(target)
            ? FuzzyText.IsCloseTo(word, target) && !IsAnotherClassWord(word, target)
            : string.Equals(word, target, StringComparison.Ordinal);

    // A word the lexicon lists for another class is not a two-slip typo of this one: "no puedo estirar" (the knee
    // locking) is not "no puedo respirar" (an ambulance), nor "sleeping" "bleeding", though two letters apart.
    private bool IsAnotherClassWord(string word, string target) =>
        target.Length >= 8
        && !string.Equals(word, target, StringComparison.Ordinal)
        && _classesOfWord.TryGetValue(word, out var wordClasses)
        && _classesOfWord.TryGetValue(target, out var targetClasses)
        && !wordClasses.Overlaps(targetClasses)
        && FuzzyText.Distance(word, target) == 2;

    // Every message is compared with every lexicon word: whether a lexicon word must match exactly is worked out
    // once, at start (keyed by the word's reference, so no string is hashed per comparison).
    private bool IsExact(string target) =>
        _exact.TryGetValue(target, out var exact) ? exact : lexicon.ExactWords.Contains(target);

    // "my chest is fine", "el pecho está bien": a reassurance after the phrase, with one to three filler words
    // between. Right after it, the word describes the symptom instead: "me cuesta respirar bien".
    public bool IsReassured(string[] words, int end)
    {
        for (var i = end; i < words.Length && i <= end + 3; i++)
        {
            if (i > end && lexicon.Reassurances.Contains(words[i]))
            {
                return true;
            }

            if (!lexicon.ReassuranceFillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    public static bool IsDenied(bool[] denied, int start, int length)
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
    public bool IsNegated(string[] words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 1 - MaxFillersBeforeNegation; i--)
        {
            if (lexicon.Negations.Contains(words[i]))
            {
                return true;
            }

            // "didn't fall or twist it", "no pain or swelling": the negation carries over one word and an "or".
            if (words[i] is "or" or "nor" && i >= 2 && lexicon.Negations.Contains(words[i - 2]))
            {
                return true;
            }

            if (!lexicon.NegationFillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static Dictionary<string, HashSet<LexiconClass>> ClassesOfWord(SafetyLexicon lexicon)
    {
        var classes = new Dictionary<string, HashSet<LexiconClass>>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            foreach (var word in entry.Phrases.SelectMany(phrase => phrase).Concat(entry.Together?.Groups.SelectMany(group => group) ?? []))
            {
                (classes.TryGetValue(word, out var set) ? set : classes[word] = []).Add(entry.Class);
            }
        }

        return classes;
    }

    private static Dictionary<string, bool> ExactByReference(SafetyLexicon lexicon)
    {
        var exact = new Dictionary<string, bool>(ByReference.Instance);
        foreach (var entry in lexicon.Entries)
        {
            foreach (var word in entry.Phrases.SelectMany(phrase => phrase).Concat(entry.Together?.Groups.SelectMany(group => group) ?? []))
            {
                exact.TryAdd(word, lexicon.ExactWords.Contains(word));
            }
        }

        return exact;
    }

    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
