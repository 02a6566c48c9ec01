using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Presentation;

/// <summary>Each plan change is one line naming the exercise, its new dosage and the reason, in English and Spanish.</summary>
public sealed class PlanChangeTextsTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly PlanChangeTexts Sut = new(Catalog, new ProgressionContent(Catalog), new TextCatalog());

    [Theory]
    [InlineData(2, 3, LevelChangeReason.EasySessions, "en", "Side Steps: a step up this time (12 feet × 3 each side), because the last 2 sessions were easy on your knee (pain 3/10 or less, and fine the next morning).")]
    [InlineData(2, 1, LevelChangeReason.WorseNextMorning, "en", "Side Steps: easier this time (5–10 feet × 3 each side), because your knee was worse the morning after the last session.")]
    [InlineData(2, 1, LevelChangeReason.StoppedForPain, "en", "Side Steps: easier this time (5–10 feet × 3 each side), because pain stopped it in the last session.")]
    [InlineData(1, 1, LevelChangeReason.WorseNextMorning, "en", "Side Steps: staying at its easiest level (5–10 feet × 3 each side), because your knee was worse the morning after the last session.")]
    [InlineData(2, 1, LevelChangeReason.WorseNextMorning, "es", "Side Steps: más fácil esta vez (5–10 feet × 3 each side), porque tu rodilla estaba peor la mañana después de la última sesión.")]
    [InlineData(2, 3, LevelChangeReason.EasySessions, "es", "Side Steps: un paso más esta vez (12 feet × 3 each side), porque las últimas 2 sesiones fueron suaves para tu rodilla (dolor 3/10 o menos, y bien a la mañana siguiente).")]
    public void Line_SaysTheChangeAndItsReason(int from, int to, LevelChangeReason reason, string locale, string expected) =>
        Assert.Equal(expected, Sut.Line(new LevelChange("side-steps", from, to, reason), locale));

    [Fact]
    public void Levels_NamesOnlyTheExercisesAwayFromTheirStart()
    {
        var plan = new PlanLevels();
        plan.Restart(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal("Your plan: every exercise is at its starting dosage.", Sut.Levels(plan, "en"));

        plan.Apply(new LevelChange("wall-squats", 3, 2, LevelChangeReason.StoppedForPain), plan.StartedAt);

        Assert.Equal(
            "Your plan: Wall Squats at 3 reps × 1 set, hold 1 s (step 2 of 3); every other exercise at its starting dosage. Say \"reset my plan\" to go back to the start.",
            Sut.Levels(plan, "en"));
    }
}
