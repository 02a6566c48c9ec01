using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Tests.Unit.Workout;

public sealed class DosageTests
{
    [Theory]
    [InlineData(DosageUnit.Reps, 15, 15, 3, true, 3, "15 reps × 3 sets each side, hold 3 s")]
    [InlineData(DosageUnit.Feet, 10, 15, 3, true, 0, "10–15 feet × 3 each side")]
    [InlineData(DosageUnit.Reps, 15, 25, 3, false, 0, "15–25 reps × 3 sets")]
    [InlineData(DosageUnit.Reps, 12, 15, 3, true, 0, "12–15 reps × 3 sets each side")]
    [InlineData(DosageUnit.Reps, 3, 3, 1, false, 2, "3 reps × 1 set, hold 2 s")]
    [InlineData(DosageUnit.Reps, 1, 1, 1, false, 0, "1 rep × 1 set")]
    [InlineData(DosageUnit.Feet, 1, 1, 2, false, 0, "1 foot × 2")]
    public void Describe_Dosage_ReadsAsACoachWouldSayIt(DosageUnit unit, int min, int max, int sets, bool perSide, int hold, string expected)
    {
        var sut = new Dosage(unit, min, max, sets, perSide, hold);

        var text = sut.Describe();

        Assert.Equal(expected, text);
    }

    [Fact]
    public void TotalSets_PerSide_CountsBothSides()
    {
        var sut = new Dosage(DosageUnit.Reps, 12, 15, 3, PerSide: true, HoldSeconds: 0);

        Assert.Equal(2, sut.Sides);
        Assert.Equal(6, sut.TotalSets);
    }

    [Fact]
    public void TotalSets_NotPerSide_CountsSetsOnce()
    {
        var sut = new Dosage(DosageUnit.Reps, 15, 25, 3, PerSide: false, HoldSeconds: 0);

        Assert.Equal(1, sut.Sides);
        Assert.Equal(3, sut.TotalSets);
    }
}
