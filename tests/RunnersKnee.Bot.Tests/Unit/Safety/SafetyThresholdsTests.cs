using System.Text;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Safety;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>The reviewed numbers (Content/Safety/thresholds.json) and what they decide.</summary>
public sealed class SafetyThresholdsTests
{
    private readonly SafetyThresholds _shipped = new();

    [Theory]
    [InlineData(0, PainVerdict.CarryOn)]
    [InlineData(3, PainVerdict.CarryOn)]
    [InlineData(4, PainVerdict.Ease)]
    [InlineData(5, PainVerdict.Ease)]
    [InlineData(6, PainVerdict.Stop)]
    [InlineData(7, PainVerdict.Stop)]
    [InlineData(8, PainVerdict.EndSession)]
    [InlineData(10, PainVerdict.EndSession)]
    public void Judge_PainDuringWorkout_FollowsThePainMonitoringModel(int pain, PainVerdict expected) =>
        Assert.Equal(expected, _shipped.Pain.Judge(pain));

    [Fact]
    public void Shipped_TwoStrikesEndTheSession_AndRestAbove5() =>
        Assert.Equal((2, 5), (_shipped.Pain.StrikesToEnd, _shipped.Pain.RestMax));

    [Theory]
    [InlineData(15, IntakeChoices.Under16)]
    [InlineData(16, IntakeChoices.From16To17)]
    [InlineData(17, IntakeChoices.From16To17)]
    [InlineData(18, IntakeChoices.From18To49)]
    [InlineData(49, IntakeChoices.From18To49)]
    [InlineData(50, IntakeChoices.From50To54)]
    [InlineData(55, IntakeChoices.From55)]
    [InlineData(120, IntakeChoices.From55)]
    [InlineData(121, null)]
    [InlineData(-1, null)]
    public void BandFor_Age_GivesTheResearchBand(int age, string? band) =>
        Assert.Equal(band, _shipped.Age.BandFor(age));

    [Theory]
    [InlineData("""{"pain":{"restMax":5,"easeFrom":6,"stopFrom":6,"endFrom":8,"strikesToEnd":2},"age":{"childUntil":16,"teenUntil":18,"olderFrom":50,"ottawaFrom":55,"plausibleMax":120}}""", "easeFrom < stopFrom")]
    [InlineData("""{"pain":{"restMax":5,"easeFrom":4,"stopFrom":6,"endFrom":5,"strikesToEnd":2},"age":{"childUntil":16,"teenUntil":18,"olderFrom":50,"ottawaFrom":55,"plausibleMax":120}}""", "stopFrom <= endFrom")]
    [InlineData("""{"pain":{"restMax":5,"easeFrom":4,"strikesToEnd":2},"age":{"childUntil":16,"teenUntil":18,"olderFrom":50,"ottawaFrom":55,"plausibleMax":120}}""", "'stopFrom'")]
    [InlineData("""{"pain":{"restMax":5,"easeFrom":4,"stopFrom":6,"endFrom":8,"strikesToEnd":2},"age":{"childUntil":18,"teenUntil":16,"olderFrom":50,"ottawaFrom":55,"plausibleMax":120}}""", "bands must rise")]
    public void Load_BrokenThresholds_StopsTheAppWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SafetyThresholds(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("thresholds.json", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
