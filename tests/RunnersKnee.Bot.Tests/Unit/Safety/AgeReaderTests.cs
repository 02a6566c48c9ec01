using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Safety;


namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>Ages as people type them, read as the range they could mean, and the band only when the range fits one.</summary>
public sealed class AgeReaderTests
{
    private static readonly AgeReader Reader = new();
    private static readonly AgeThresholds Ages = new SafetyThresholds().Age;

    [Theory]
    [InlineData("34", 34, 34)]
    [InlineData("seventy-one", 71, 71)]
    [InlineData("I'm seventy one", 71, 71)]
    [InlineData("almost fifteen", 14, 14)]
    [InlineData("nearly 50", 49, 49)]
    [InlineData("about 16", 14, 18)]
    [InlineData("over 55", 56, 64)]
    [InlineData("under 16", 7, 15)]
    [InlineData("mid-forties", 43, 46)]
    [InlineData("late teens", 17, 19)]
    [InlineData("early fifties", 50, 53)]
    [InlineData("sixties", 60, 69)]
    [InlineData("tengo cuarenta y dos", 42, 42)]
    public void Read_AnAge_IsTheRangeItCouldMean(string text, int low, int high) =>
        Assert.Equal(new AgeRange(low, high), Reader.Read(text));

    [Theory]
    [InlineData("seventy-one", IntakeChoices.From55)]
    [InlineData("almost fifteen", IntakeChoices.Under16)]
    [InlineData("almost sixteen", IntakeChoices.Under16)]
    [InlineData("mid-forties", IntakeChoices.From18To49)]
    [InlineData("sixteen", IntakeChoices.From16To17)]
    [InlineData("about 16", null)]
    [InlineData("late teens", null)]
    [InlineData("mid fifties", null)]
    [InlineData("over 50", null)]
    public void Band_ForTheRange_IsOneBandOrAskedAgain(string text, string? band)
    {
        var range = Reader.Read(text)!.Value;
        var low = Ages.BandFor(range.Low);

        Assert.Equal(band, low == Ages.BandFor(range.High) ? low : null);
    }

    [Theory]
    [InlineData("retired")]
    [InlineData("old enough")]
    public void Read_NoAgeInIt_IsNull(string text) => Assert.Null(Reader.Read(text));
}
