using System.Collections.Frozen;
using System.Text.Json;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Safety;

/// <summary>
/// The reviewed numbers of the safety rules (<c>Content/Safety/thresholds.json</c>), read once and checked at start:
/// a missing or contradictory threshold stops the app rather than coaching with a wrong one.
/// </summary>
public sealed class SafetyThresholds
{
    public const string ContentPath = "Safety/thresholds.json";

    public SafetyThresholds()
        : this(ContentFiles.Open(ContentPath))
    {
    }

    internal SafetyThresholds(Stream content)
    {
        using (content)
        {
            var root = JsonDocument.Parse(content).RootElement;
            var pain = root.GetProperty("pain");
            Pain = new PainThresholds(Read(pain, "restMax"), Read(pain, "easeFrom"), Read(pain, "stopFrom"), Read(pain, "endFrom"), Read(pain, "strikesToEnd"));
            var age = root.GetProperty("age");
            Age = new AgeThresholds(Read(age, "childUntil"), Read(age, "teenUntil"), Read(age, "olderFrom"), Read(age, "ottawaFrom"), Read(age, "plausibleMax"));
            UnclearMinWords = root.TryGetProperty("unclear", out var unclear) ? Read(unclear, "minWords") : 0;
            UnclearMinWordsMidSet = unclear.ValueKind == JsonValueKind.Object ? Read(unclear, "minWordsMidSet") : 0;
            SameDayRedFlagRows = root.TryGetProperty("redFlags", out var redFlags) && redFlags.TryGetProperty("sameDay", out var sameDay) && sameDay.ValueKind == JsonValueKind.Array
                ? sameDay.EnumerateArray().Select(row => row.GetString() ?? string.Empty).ToFrozenSet(StringComparer.Ordinal)
                : FrozenSet<string>.Empty;
        }

        Check(Pain.EaseFrom is >= 1 and <= 10 && Pain.EaseFrom < Pain.StopFrom && Pain.StopFrom <= 10, "pain: expected 1 <= easeFrom < stopFrom <= 10");
        Check(Pain.EndFrom >= Pain.StopFrom && Pain.EndFrom <= 10, "pain: expected stopFrom <= endFrom <= 10");
        Check(Pain.RestMax is >= 0 and < 10, "pain: restMax must be 0-9");
        Check(Pain.StrikesToEnd >= 1, "pain: strikesToEnd must be at least 1");
        Check(Age.ChildUntil < Age.TeenUntil && Age.TeenUntil < Age.OlderFrom && Age.OlderFrom <= Age.OttawaFrom && Age.OttawaFrom < Age.PlausibleMax, "age: bands must rise: childUntil < teenUntil < olderFrom <= ottawaFrom < plausibleMax");
        Check(SameDayRedFlagRows.Count > 0 && SameDayRedFlagRows.All(row => row.StartsWith("A2.", StringComparison.Ordinal)), "redFlags: sameDay must list A2 rows");
        Check(UnclearMinWords >= 1 && UnclearMinWordsMidSet >= 1, "unclear: minWords and minWordsMidSet must be at least 1");
    }

    public PainThresholds Pain { get; }

    public AgeThresholds Age { get; }

    /// <summary>How long a message the coach could not follow must be before it gets the direct safety question.</summary>
    public int UnclearMinWords { get; }

    /// <summary>The same, mid-set, where every expected message is a short command.</summary>
    public int UnclearMinWordsMidSet { get; }

    /// <summary>The red-flag research rows (tier 1) that send a person to care today.</summary>
    public FrozenSet<string> SameDayRedFlagRows { get; }

    private static int Read(JsonElement section, string name) =>
        section.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new InvalidOperationException($"{ContentPath}: '{name}' must be a whole number.");

    private static void Check(bool valid, string message)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{ContentPath}: {message}.");
        }
    }
}
