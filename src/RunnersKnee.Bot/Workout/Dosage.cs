using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// How much of an exercise to do: <see cref="Min"/>–<see cref="Max"/> reps (or feet) per set, <see cref="Sets"/>
/// sets, on each side when <see cref="PerSide"/>, each rep held <see cref="HoldSeconds"/> (0 = no hold).
/// </summary>
public sealed record Dosage(DosageUnit Unit, int Min, int Max, int Sets, bool PerSide, int HoldSeconds)
{
    // Worked out from the dosage, so not stored with it (a session keeps each exercise's dosage).
    [JsonIgnore]
    public int Sides => PerSide ? 2 : 1;

    /// <summary>Sets over both sides: "3 sets on each side" is 6 sets to coach.</summary>
    [JsonIgnore]
    public int TotalSets => Sets * Sides;

    /// <summary>A short English summary, e.g. "15 reps × 3 sets each side, hold 3 s" or "10–15 feet × 3 each side".</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Min == Max ? Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}"));
        text.Append(' ').Append(UnitName());

        // A distance is walked a number of times; "sets" would read oddly there.
        text.Append(" × ").Append(Sets.ToString(CultureInfo.InvariantCulture));
        if (Unit == DosageUnit.Reps)
        {
            text.Append(Sets == 1 ? " set" : " sets");
        }

        if (PerSide)
        {
            text.Append(" each side");
        }

        if (HoldSeconds > 0)
        {
            text.Append(", hold ").Append(HoldSeconds.ToString(CultureInfo.InvariantCulture)).Append(" s");
        }

        return text.ToString();
    }

    private string UnitName() => (Unit, Max) switch
    {
        (DosageUnit.Reps, 1) => "rep",
        (DosageUnit.Reps, _) => "reps",
        (DosageUnit.Feet, 1) => "foot",
        _ => "feet",
    };
}
