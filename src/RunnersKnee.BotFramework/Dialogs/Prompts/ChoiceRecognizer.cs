using System.Globalization;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds which choice an answer means: the exact value, title or synonym; the choice's number ("2"); or a
/// phrase of it inside a longer sentence, with typos tolerated ("its behnd the kneecap"). Two choices matching
/// equally well is no answer: the prompt asks again rather than guess.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (words.Length == 1
            && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count
            && !choices.Any(c => TextNormalizer.Normalize(c.Value) == words[0]))
        {
            return new FoundChoice(choices[number - 1].Value, number - 1, 1.0);
        }

        FoundChoice? best = null;
        var tie = false;
        for (var index = 0; index < choices.Count; index++)
        {
            var score = Score(words, choices[index]);
            if (score <= 0)
            {
                continue;
            }

            if (best is null || score > best.Score + 1e-9)
            {
                best = new FoundChoice(choices[index].Value, index, score);
                tie = false;
            }
            else if (Math.Abs(score - best.Score) <= 1e-9)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    private static double Score(string[] words, Choice choice)
    {
        var best = 0.0;
        foreach (var term in Terms(choice))
        {
            var phrase = TextNormalizer.Words(term);
            if (phrase.Length == 0)
            {
                continue;
            }

            double score;
            if (phrase.SequenceEqual(words))
            {
                score = 1.0;
            }
            else
            {
                var coverage = FuzzyText.PhraseCoverage(words, phrase);

                // Only a whole phrase counts; longer phrases win over shorter ones they contain.
                score = coverage < 1.0 ? 0 : 0.5 + (0.4 * Math.Min(phrase.Length, 5) / 5.0);
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    private static IEnumerable<string> Terms(Choice choice)
    {
        yield return choice.Value;
        if (choice.Title is not null)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms)
        {
            yield return synonym;
        }
    }
}
