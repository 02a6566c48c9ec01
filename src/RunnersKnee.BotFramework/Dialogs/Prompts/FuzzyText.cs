namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Typo tolerance: optimal string alignment distance, allowing more slips in longer words.</summary>
public static class FuzzyText
{
    /// <summary>Whether <paramref name="word"/> is <paramref name="target"/> give or take a typo or two.</summary>
    public static bool IsCloseTo(string word, string target)
    {
        if (string.Equals(word, target, StringComparison.Ordinal))
        {
            return true;
        }

        // Short words and numbers must match exactly: "no"/"on", "6"/"8" are different answers.
        var allowed = target.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };
        return allowed > 0
            && !char.IsDigit(target[0])
            && Math.Abs(word.Length - target.Length) <= allowed
            && Distance(word, target) <= allowed;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is <paramref name="target"/> with two neighbouring letters swapped ("nien",
    /// "dnoe"): the one slip that cannot turn a short word into another real one, as a changed letter can
    /// ("none"/"nine", "dont"/"done").
    /// </summary>
    public static bool IsSwap(string word, string target)
    {
        if (word.Length != target.Length)
        {
            return false;
        }

        var first = 0;
        while (first < word.Length && word[first] == target[first])
        {
            first++;
        }

        return first + 1 < word.Length
            && word[first] == target[first + 1]
            && word[first + 1] == target[first]
            && string.CompareOrdinal(word, first + 2, target, first + 2, word.Length - first - 2) == 0;
    }

    /// <summary>Insertions, deletions, substitutions and swaps of neighbours, each costing 1.</summary>
    public static int Distance(string a, string b)
    {
        // Three rows on the stack (this one, the last, the one before for swaps): no allocation, as it runs for
        // every word against every phrase word of the safety screen on every turn.
        var size = 3 * (b.Length + 1);
        Span<int> rows = size <= 384 ? stackalloc int[size] : new int[size];
        var before = rows[..(b.Length + 1)];
        var last = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            var spare = before;
            before = last;
            last = current;
            current = spare;
        }

        return last[b.Length];
    }

    /// <summary>
    /// How much of <paramref name="phrase"/> appears in <paramref name="words"/>, in order, tolerating typos:
    /// 1 when every word of the phrase is found, 0 when none is.
    /// </summary>
    public static double PhraseCoverage(string[] words, string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }

        var found = 0;
        var from = 0;
        foreach (var part in phrase)
        {
            for (var i = from; i < words.Length; i++)
            {
                if (IsCloseTo(words[i], part))
                {
                    found++;
                    from = i + 1;
                    break;
                }
            }
        }

        return (double)found / phrase.Length;
    }
}
