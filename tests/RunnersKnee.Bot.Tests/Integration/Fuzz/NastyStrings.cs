using System.Text;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>Text a person (or an attacker) could send: every script, emoji, markup, control and edge-case number.</summary>
public static class NastyStrings
{
    public static readonly string[] Fixed =
    [
        string.Empty,
        " ",
        "\t\r\n",
        "hi",
        "HELLO!!!",
        "behind the kneecap",
        "dull ache",
        "running and stairs",
        "3 weeks",
        "gradually",
        "34",
        "no",
        "yes",
        "done",
        "pause",
        "resume",
        "skip",
        "easier",
        "stop",
        "start over",
        "help",
        "what's next",
        "that hurt 6/10",
        "what do you know about me",
        "export my data",
        "delete my data",
        "start workout",
        "start timer",
        "my knee is swollen and I can't walk",
        "chest pain",
        "0", "-1", "11", "10/10", "999999999999999999999", "1e309", "NaN", "Infinity", "-0", "0x10", "½", "٣",
        "🦵🏃‍♀️💥🔥", "👩🏽‍⚕️", "🏳️‍🌈", "\u200B\u200C\u200D\uFEFF", "\u202Eevil\u202C", "e\u0301\u0301\u0301\u0301",
        "膝盖后面疼", "ركبتي تؤلمني", "колено болит", "膝が痛い", "무릎이 아파요", "घुटने में दर्द", "Ο γόνατό μου πονάει",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** _it_ [link](javascript:alert(1))",
        "<at>Runner's Knee Coach</at> hi", "${name} {{7*7}} %s %n", "'; DROP TABLE users; --", "../../etc/passwd",
        "\\u0000", "\u0000\u0001\u0007\u001b[31m", "null", "undefined", "true", "{}", "[]", "\"quoted\"",
        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    ];

    public static string Pick(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 80 => Fixed[random.Next(Fixed.Length)],
            < 90 => Mixed(random),
            < 98 => Long(random, random.Next(300, 5_000)),
            _ => Long(random, random.Next(20_000, 120_000)),
        };
    }

    /// <summary>In a string, stands for an unpaired surrogate; replaced by its JSON escape after serialization.</summary>
    public const string LoneSurrogate = "__LONE_SURROGATE__";

    /// <summary>Random characters from the whole Basic Multilingual Plane (controls, private use), and sometimes a lone surrogate.</summary>
    public static string Mixed(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(1, 60);
        for (var i = 0; i < length; i++)
        {
            var c = (char)random.Next(0, 0xFFFE);
            builder.Append(char.IsSurrogate(c) ? LoneSurrogate : c);
        }

        return builder.ToString();
    }

    private static string Long(Random random, int length)
    {
        var unit = Fixed[random.Next(Fixed.Length)];
        if (unit.Length == 0)
        {
            unit = "a";
        }

        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit).Append(' ');
        }

        return builder.ToString();
    }
}
