using System.Globalization;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>Reads the answer to an optional 0-10 pain question: a whole score, or a skip (the card's button, or the word).</summary>
public static class PainAnswer
{
    /// <summary>What the card's skip button sends, whatever the language.</summary>
    public const string SkipValue = "skip";

    // Typed skips in the two languages the coach speaks: "no" answers "how is it?" as "I'd rather not say", and the
    // words for getting going ("go", "ready", "done") start the workout without a score rather than ask again.
    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        SkipValue, "skip it", "no", "not now", "pass", "go", "ready", "start", "lets go", "done", "continue", "carry on",
        "saltar", "omitir", "paso", "vamos", "empezar",
    };

    public static int? Score(string? text) =>
        NumberRecognizer.Recognize(text) is { } number && number is >= 0 and <= 10 && number == decimal.Truncate(number)
            ? (int)number
            : null;

    public static bool IsSkip(string? text) => SkipWords.Contains(string.Join(' ', TextNormalizer.Words(text)));

    public static string Of(int score) => score.ToString(CultureInfo.InvariantCulture);
}
