namespace RunnersKnee.Bot.Intake;

/// <summary>The values of intake buttons that the rules look at (the texts live in intake.en.json).</summary>
public static class IntakeChoices
{
    public const string Kneecap = "kneecap";
    public const string Elsewhere = "elsewhere";
    public const string NotKnee = "notknee";
    public const string DurationUnderWeek = "underWeek";
    public const string DurationWeeks = "weeks";
    public const string DurationLonger = "longer";
    public const string Gradual = "gradual";
    public const string Injury = "injury";
    public const string Under16 = "under16";
    public const string From16To17 = "16to17";
    public const string From18To49 = "18to49";
    public const string From50To54 = "50to54";
    public const string From55 = "55plus";
}
