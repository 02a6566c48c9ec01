using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// The reviewer's examples are the lexicon's own test, run at start: an example that is not read as its entry's class
/// (because a phrase is missing, or a vaguer class claims it) stops the app and names the example.
/// </summary>
internal sealed class LexiconExamples(SafetyLanguage language)
{
    public void Check(SafetyLexicon lexicon)
    {
        var painWords = lexicon.Phrases(LexiconClass.PainWord);
        foreach (var entry in lexicon.Entries)
        {
            foreach (var example in entry.Examples)
            {
                var read = ReadAs(example, painWords);
                if (!read.Contains(entry.Class))
                {
                    throw new InvalidOperationException(
                        $"{entry.File}: the example '{example}' of '{entry.Means}' is read as {(read.Count == 0 ? "nothing" : string.Join(", ", read))}, not {entry.Class}.");
                }
            }
        }
    }

    private List<LexiconClass> ReadAs(string example, string[][] painWords)
    {
        var words = TextNormalizer.Words(example);
        var read = new List<LexiconClass>();
        if (ClassOf(language.Classify(example)) is { } kind)
        {
            read.Add(kind);
        }

        if (language.HasChildWarningSign(words))
        {
            read.Add(LexiconClass.ChildWarningSign);
        }

        if (language.Names(words, painWords))
        {
            read.Add(LexiconClass.PainWord);
        }

        return read;
    }

    private static LexiconClass? ClassOf(SafetyLanguageMatch match) => match switch
    {
        SafetyLanguageMatch.Emergency => LexiconClass.Emergency,
        SafetyLanguageMatch.Crisis => LexiconClass.Crisis,
        SafetyLanguageMatch.CheckEmergency => LexiconClass.CheckEmergency,
        SafetyLanguageMatch.CheckCrisis => LexiconClass.CheckCrisis,
        SafetyLanguageMatch.RedFlag => LexiconClass.RedFlag,
        SafetyLanguageMatch.Injury => LexiconClass.Injury,
        _ => null,
    };
}
