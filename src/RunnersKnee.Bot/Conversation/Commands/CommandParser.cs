using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Recognizes the global commands in free text or a button's <c>command</c> field. Phrases are matched whole
/// (typos tolerated) against the start of short messages, so a long sentence that merely contains "next" is not
/// taken for a command. Safety language (emergencies, red-flag symptoms) is checked first, anywhere in the text.
/// </summary>
public sealed class CommandParser(SafetyLanguage safety, PainReportRecognizer painReports)
{
    internal CommandParser(SafetyLexicon lexicon)
        : this(new SafetyLanguage(lexicon), new PainReportRecognizer(lexicon))
    {
    }

    private static readonly (CommandKind Kind, string[] Phrases)[] Table =
    [
        (CommandKind.Start, ["start", "hi", "hello", "hey", "check my knee", "get started", "begin", "lets start", "my knee hurts"]),
        (CommandKind.WhatsNext, ["whats next", "what next", "what now", "whats after this", "next exercise", "what comes next", "whats up next", "next"]),
        (CommandKind.WhereAmI, ["where am i", "where are we", "what am i doing", "which exercise", "what set", "status", "progress"]),
        (CommandKind.HowManyLeft, ["how many left", "how much left", "how many more", "how much longer", "how long left", "how many to go", "hows it going"]),
        (CommandKind.Repeat, ["repeat", "again", "say that again", "show again", "show me again", "one more time", "what was that"]),
        (CommandKind.Skip, ["skip", "skip this", "skip it", "skip exercise", "skip this one", "pass"]),
        (CommandKind.Back, ["back", "go back", "previous", "undo", "last one"]),
        (CommandKind.Pause, ["pause", "hold on", "wait", "break", "take a break", "one sec", "one moment"]),
        (CommandKind.Resume, ["resume", "continue", "carry on", "keep going", "unpause", "im back", "lets go", "go on"]),
        (CommandKind.Stop, ["stop", "quit", "end", "end workout", "stop workout", "cancel", "im done for today", "finish workout", "exit"]),
        (CommandKind.StartOver, ["start over", "restart", "start again", "reset", "begin again", "from the top"]),
        (CommandKind.Help, ["help", "commands", "what can you do", "what can i say", "menu", "options", "how does this work"]),
        (CommandKind.Easier, ["easier", "make it easier", "too hard", "easier version", "simpler", "regress"]),
        (CommandKind.Standard, ["standard", "standard version", "harder", "make it harder", "normal version", "back to normal", "back to standard", "full version"]),
        (CommandKind.SkipRest, ["skip rest", "skip the rest", "skip resting", "end rest", "no rest", "rest done", "done resting", "im rested"]),
        (CommandKind.MoreRest, ["more rest", "longer rest", "extend rest", "extend the rest", "need more rest", "more time", "15 more seconds", "another 15 seconds", "plus 15"]),
        (CommandKind.Done, ["done", "done set", "set done", "finished", "finished set", "completed", "did it", "complete"]),
        (CommandKind.StartWorkout, ["start workout", "start the workout", "begin workout", "workout", "start exercises", "lets exercise", "start training", "exercise"]),
        (CommandKind.StartTimer, ["start timer", "timer", "start set", "go", "ready"]),
        (CommandKind.SafeNow, ["im ok now", "i am ok now", "im okay now", "i am okay now", "ive been seen", "i have been seen", "im safe now", "i am safe now", "ya estoy bien", "estoy bien", "me han atendido"]),
        (CommandKind.Progress, ["my progress", "show my progress", "show progress", "how am i doing", "progress chart", "pain trend", "my pain trend", "mi progreso", "ver mi progreso"]),
        (CommandKind.PhysioSummary, ["summary for my physio", "physio summary", "summary for my physiotherapist", "summary for my physical therapist", "summary for my pt", "pt summary", "summary for my doctor", "referral summary", "summary for the physio", "resumen para mi fisio", "resumen para el fisio", "resumen para mi medico"]),
        (CommandKind.ResetPlan, ["reset my plan", "reset plan", "reset the plan", "restart my plan", "start my plan over", "reiniciar mi plan", "reiniciar el plan", "restablecer mi plan"]),
        (CommandKind.PrivacySummary, ["what do you know about me", "what do you know", "my data", "what have you stored", "show my data"]),
        (CommandKind.PrivacyExport, ["export my data", "export data", "download my data", "export"]),
        (CommandKind.PrivacyDelete, ["delete my data", "delete data", "erase my data", "forget me", "delete everything"]),
    ];

    // Split once: Parse runs on every typed message and tries every phrase.
    private static readonly (CommandKind Kind, string[][] Phrases)[] SplitTable =
        [.. Table.Select(entry => (entry.Kind, entry.Phrases.Select(phrase => phrase.Split(' ')).ToArray()))];

    private static readonly Dictionary<string, CommandKind> ByName =
        Enum.GetValues<CommandKind>().ToDictionary(kind => kind.ToString(), kind => kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A button's explicit command name (card data <c>command</c>), e.g. "Pause". A pain report needs its number,
    /// which only typed text carries, so a card naming one is not a command.
    /// </summary>
    public static Command? FromName(string? name) =>
        name is not null && ByName.TryGetValue(name, out var kind) && kind is not (CommandKind.PainReport or CommandKind.SetGoal) ? new Command(kind) : null;

    /// <summary>A button's command with the score it carries: the after-session pain card's taps (none for its skip).</summary>
    public static Command? FromData(System.Text.Json.JsonElement data, string? name) =>
        FromName(name) is { Kind: CommandKind.PainAfter } painAfter
            && data.TryGetProperty("pain", out var pain) && pain.ValueKind == System.Text.Json.JsonValueKind.Number && pain.TryGetInt32(out var score) && score is >= 0 and <= 10
            ? painAfter with { Pain = score }
            : FromName(name);

    /// <summary>Whether the message names a sign that makes knee pain urgent in a child (the intake keeps it for the age rule).</summary>
    public bool MentionsChildWarningSign(string? text) => safety.HasChildWarningSign(TextNormalizer.Words(text));

    public Command? Parse(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        // Safety first, anywhere in the message, most urgent first; a warning symptom outranks the score said with
        // it: "7/10 and it's swelling" needs the safety questions, and the score comes with it to be kept.
        switch (safety.Classify(text))
        {
            case SafetyLanguageMatch.Crisis:
                return new Command(CommandKind.Crisis);
            case SafetyLanguageMatch.Emergency:
                return new Command(CommandKind.Emergency);
            case SafetyLanguageMatch.CheckCrisis:
                return new Command(CommandKind.CheckCrisis);
            case SafetyLanguageMatch.CheckEmergency:
                return new Command(CommandKind.CheckEmergency);
            case SafetyLanguageMatch.RedFlag:
                return new Command(CommandKind.SymptomReport, painReports.Recognize(words), RedFlagRows: safety.RedFlagRows(words));
            case SafetyLanguageMatch.Injury:
                return new Command(CommandKind.InjuryReport, painReports.Recognize(words));
        }

        if (painReports.Recognize(words) is { } pain)
        {
            return new Command(CommandKind.PainReport, pain);
        }

        if (WeeklyGoalPhrase.Read(words) is { } goal)
        {
            return new Command(CommandKind.SetGoal, Goal: goal);
        }

        if (ReminderPhrase.Read(words) is { } reminder)
        {
            return new Command(CommandKind.Reminder, Reminder: reminder);
        }

        // Commands are short; a longer message is an answer, not an order.
        if (words.Length > 7)
        {
            return null;
        }

        Command? best = null;
        var bestLength = 0;
        foreach (var (kind, phrases) in SplitTable)
        {
            foreach (var parts in phrases)
            {
                if (parts.Length > bestLength && parts.Length <= words.Length && StartsWith(words, parts) && Fills(words, parts))
                {
                    best = new Command(kind);
                    bestLength = parts.Length;
                }
            }
        }

        return best;
    }

    // "next please" or "ok stop" still count, but "stop when the timer ends" does not.
    private static bool Fills(string[] words, string[] parts) => words.Length - parts.Length <= 2;

    private static bool StartsWith(string[] words, string[] parts)
    {
        var offset = words.Length > parts.Length && IsFiller(words[0]) ? 1 : 0;
        if (parts.Length + offset > words.Length)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!IsCommandWord(words[i + offset], parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    // In short words a changed letter often makes another real word ("dont" is not "done", "step" is not
    // "stop"), so there only a missing, extra or swapped letter counts as a typo ("nxt", "stpo").
    private static bool IsCommandWord(string word, string part) =>
        part.Length > 4 || word.Length != part.Length
            ? FuzzyText.IsCloseTo(word, part)
            : word == part || FuzzyText.IsSwap(word, part);

    private static bool IsFiller(string word) => word is "ok" or "okay" or "please" or "so" or "um" or "hey" or "and" or "now";
}
