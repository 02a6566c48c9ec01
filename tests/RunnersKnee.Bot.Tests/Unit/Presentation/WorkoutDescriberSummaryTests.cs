using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Presentation;

/// <summary>The summary in words: one status per exercise, then the time and the pain before and after.</summary>
public sealed class WorkoutDescriberSummaryTests
{
    private static readonly WorkoutPlan Plan = new(new ExerciseCatalog());
    private static readonly WorkoutDescriber Sut = new(Plan, new TextCatalog());

    [Theory]
    [InlineData(ExerciseOutcomeKind.Done, 3, null, false, "Done")]
    [InlineData(ExerciseOutcomeKind.Done, 3, 2, true, "Done · easier version · pain 2/10")]
    [InlineData(ExerciseOutcomeKind.PartlyDone, 2, null, false, "Partly done (2 of 3 sets)")]
    [InlineData(ExerciseOutcomeKind.StoppedForPain, 1, 6, false, "Stopped for pain (6/10)")]
    [InlineData(ExerciseOutcomeKind.Skipped, 0, null, false, "Skipped")]
    [InlineData(ExerciseOutcomeKind.NotStarted, 0, null, true, "Not started")]
    [InlineData(ExerciseOutcomeKind.NotReached, 0, null, false, "Not reached")]
    public void Status_EachOutcome_ReadsAsOneLine(ExerciseOutcomeKind kind, int done, int? pain, bool easier, string expected) =>
        Assert.Equal(expected, Sut.Status(new ExerciseOutcome("banded-side-clams", kind, done, 3, pain, easier), "en-US"));

    [Fact]
    public void SummaryNotes_EndedSession_GivesTimeAndPainBeforeAndAfter()
    {
        var now = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        var session = WorkoutSession.Start("abc123", Plan.First, now, painBefore: 2);
        session.ApplyPain(Plan, new RunnersKnee.Bot.Safety.SafetyThresholds().Pain, 3, now);
        session.Stop(now.AddMinutes(12).AddSeconds(20));

        Assert.Equal(
            ["Time taken: 12 min, pauses not counted.", "Pain before the workout: 2/10.", "Pain at the last check: 3/10."],
            Sut.SummaryNotes(session, "en-US"));
    }

    [Fact]
    public void SummaryNotes_StillRunningWithoutScores_SaysNothing() =>
        Assert.Empty(Sut.SummaryNotes(WorkoutSession.Start("abc123", Plan.First, DateTimeOffset.UnixEpoch), "en-US"));

    [Fact]
    public void SummaryLines_NewSession_ListsEveryExerciseInOrder()
    {
        var lines = Sut.SummaryLines(WorkoutSession.Start("abc123", Plan.First, DateTimeOffset.UnixEpoch), "en-US");

        Assert.Equal(Plan.ExerciseCount, lines.Count);
        Assert.Equal(("Side Steps", "Not started"), (lines[0].Name, lines[0].Status));
        Assert.All(lines.Skip(1), line => Assert.Equal("Not reached", line.Status));
    }
}
