using System.Globalization;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// Reads reminder phrases in English and Spanish from normalized words (lower case, no accents, split at anything
/// that is not a letter or digit, so "7:30pm" is "7 30pm"): "remind me Mon Wed Fri at 7pm", "remind me every day at
/// 7:30", "recuérdame lunes y jueves a las 19", "my reminders", "stop reminders", "later", "tomorrow",
/// "check in at 9", "no morning check". Short messages only: a long sentence that mentions a reminder is something else.
/// </summary>
public static class ReminderPhrase
{
    private const int MaxWords = 14;
    private const int ShortWords = 6;

    private static readonly HashSet<string> RemindWords = new(StringComparer.Ordinal)
    {
        "remind", "reminder", "reminders", "reminding", "recuerdame", "recordarme", "recordatorio", "recordatorios", "avisame",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "stop", "cancel", "no", "off", "disable", "parar", "cancela", "cancelar", "quita", "quitar", "sin", "basta", "desactiva", "desactivar", "apaga",
    };

    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "my", "show", "me", "see", "list", "view", "what", "are", "mis", "ver", "muestrame", "cuales", "son", "los", "tus", "the", "reminders", "recordatorios",
    };

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "ok", "okay", "please", "pls", "remind", "me", "again", "recuerdame", "recuerdamelo", "avisame", "por", "favor", "vale", "then", "entonces",
    };

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["lunes"] = DayOfWeek.Monday, ["lun"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["martes"] = DayOfWeek.Tuesday, ["mar"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["miercoles"] = DayOfWeek.Wednesday, ["mie"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["jueves"] = DayOfWeek.Thursday, ["jue"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["viernes"] = DayOfWeek.Friday, ["vie"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sabado"] = DayOfWeek.Saturday, ["sab"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["domingo"] = DayOfWeek.Sunday, ["dom"] = DayOfWeek.Sunday,
    };

    private static readonly DayOfWeek[] Everyday = Enum.GetValues<DayOfWeek>();
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static ReminderRequest? Read(string[] words)
    {
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        if (Snooze(words) is { } snooze)
        {
            return new ReminderRequest(ReminderRequestKind.Snooze, Snooze: snooze);
        }

        var time = TimeIn(words);
        if (IsCheckIn(words) && !words.Any(RemindWords.Contains))
        {
            if (words.Any(w => w is "no" or "sin" or "without" or "stop"))
            {
                return new ReminderRequest(ReminderRequestKind.MorningOff);
            }

            return time is { } at ? new ReminderRequest(ReminderRequestKind.MorningTime, Time: at) : null;
        }

        if (!words.Any(RemindWords.Contains))
        {
            return null;
        }

        // "Para" is also "for" ("recuérdame para el lunes"): it stops only as the first word.
        // Without a time the request is a short one: "I set a reminder to ice it" in a longer answer is not a command.
        if ((words.Any(StopWords.Contains) || words[0] == "para") && words.Length <= ShortWords)
        {
            return new ReminderRequest(ReminderRequestKind.Stop);
        }

        var days = DaysIn(words);
        if (time is { } chosen)
        {
            return new ReminderRequest(ReminderRequestKind.Set, days.Count > 0 ? days : Everyday, chosen);
        }

        if (words.Length > ShortWords)
        {
            return null;
        }

        return days.Count == 0 && words.All(ListWords.Contains)
            ? new ReminderRequest(ReminderRequestKind.List)
            : new ReminderRequest(ReminderRequestKind.Choose);
    }

    // "Check in at 9", "morning check", "chequeo": not "check my knee".
    private static bool IsCheckIn(string[] words) =>
        words.Any(w => w is "checkin" or "chequeo")
        || (words.Contains("check") && (words.Contains("in") || words.Contains("morning")));

    /// <summary>"Later", "remind me later", "más tarde", "tomorrow", "mañana": nothing else said.</summary>
    private static SnoozeKind? Snooze(string[] words)
    {
        var rest = string.Join(' ', words.Where(word => !Filler.Contains(word)));
        return rest switch
        {
            "later" or "mas tarde" or "luego" or "in an hour" or "en una hora" => SnoozeKind.Later,
            "tomorrow" or "manana" => SnoozeKind.Tomorrow,
            _ => null,
        };
    }

    public static List<DayOfWeek> DaysIn(string[] words)
    {
        var joined = " " + string.Join(' ', words) + " ";
        if (joined.Contains(" every day ", StringComparison.Ordinal) || joined.Contains(" todos los dias ", StringComparison.Ordinal)
            || joined.Contains(" cada dia ", StringComparison.Ordinal) || words.Any(w => w is "daily" or "everyday" or "diario" or "diariamente"))
        {
            return [.. Everyday];
        }

        var days = new List<DayOfWeek>();
        if (words.Any(w => w is "weekdays" or "weekday") || joined.Contains(" entre semana ", StringComparison.Ordinal))
        {
            days.AddRange(Weekdays);
        }

        if (words.Any(w => w is "weekend" or "weekends") || joined.Contains(" fin de semana ", StringComparison.Ordinal) || joined.Contains(" fines de semana ", StringComparison.Ordinal))
        {
            days.AddRange(Weekend);
        }

        foreach (var word in words)
        {
            var name = word.Length > 4 && word.EndsWith('s') && !DayNames.ContainsKey(word) ? word[..^1] : word;
            if (DayNames.TryGetValue(name, out var day))
            {
                days.Add(day);
            }
        }

        return [.. days.Distinct()];
    }

    /// <summary>"7pm", "7 pm", "7:30", "19", "19:00", "7:30 pm", "a las 7 de la tarde", "7 y media", "noon".</summary>
    public static TimeOnly? TimeIn(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "noon" or "mediodia")
            {
                return new TimeOnly(12, 0);
            }

            if (ReadNumber(words[i]) is not var (digits, suffix))
            {
                continue;
            }

            int hour, minute = 0;
            if (digits.Length <= 2)
            {
                hour = int.Parse(digits, CultureInfo.InvariantCulture);
                if (suffix is null && i + 1 < words.Length && ReadNumber(words[i + 1]) is (var minutes, var after) && minutes.Length == 2)
                {
                    minute = int.Parse(minutes, CultureInfo.InvariantCulture);
                    suffix = after;
                    i++;
                }
            }
            else
            {
                hour = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
                minute = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
            }

            var next = i + 1 < words.Length ? words[i + 1] : null;
            suffix ??= next switch
            {
                "pm" or "p" => "pm",
                "am" => "am",
                _ => null,
            };
            var tail = string.Join(' ', words.Skip(i + 1).Take(4));
            if (tail.StartsWith("y media", StringComparison.Ordinal))
            {
                minute = 30;
            }

            if (suffix is null && (tail.Contains("de la tarde", StringComparison.Ordinal) || tail.Contains("de la noche", StringComparison.Ordinal) || tail.Contains("in the evening", StringComparison.Ordinal)))
            {
                suffix = "pm";
            }

            if (suffix == "pm" && hour is >= 1 and < 12)
            {
                hour += 12;
            }
            else if (suffix == "am" && hour == 12)
            {
                hour = 0;
            }

            if (hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
            {
                return new TimeOnly(hour, minute);
            }
        }

        return null;
    }

    /// <summary>A number with an optional am/pm/h suffix written on it ("7pm", "730pm", "19h"), or null.</summary>
    private static (string Digits, string? Suffix)? ReadNumber(string word)
    {
        var end = 0;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        if (end is 0 or > 4)
        {
            return null;
        }

        var suffix = word[end..] switch
        {
            "" or "h" or "hs" or "hrs" => null,
            "pm" or "p" => "pm",
            "am" or "a" => "am",
            _ => "?",
        };
        return suffix == "?" ? null : (word[..end], suffix);
    }
}
