using System.Globalization;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// "Set my goal to 4", "my goal is four a week", "objetivo 3": a short message naming the goal and a number. The number
/// is returned as said (the handler says when it is outside 1 to 7).
/// </summary>
public static class WeeklyGoalPhrase
{
    private static readonly HashSet<string> GoalWords = new(StringComparer.Ordinal) { "goal", "target", "objetivo", "meta" };

    private static readonly Dictionary<string, int> Spelled = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7,
    };

    public static int? Read(string[] words)
    {
        // Goals are said briefly; a long sentence that mentions a goal is something else.
        if (words.Length > 9 || !words.Any(GoalWords.Contains))
        {
            return null;
        }

        foreach (var word in words)
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (Spelled.TryGetValue(word, out var spelled))
            {
                return spelled;
            }
        }

        return null;
    }
}
