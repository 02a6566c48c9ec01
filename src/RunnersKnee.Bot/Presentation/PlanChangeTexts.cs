using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation;

/// <summary>
/// One line per plan change, with its reason: "Side Steps: a step up this time (12 feet × 3 each side), because the last
/// 2 sessions were easy on your knee (…)". The numbers in the reason are the rules' own (progression.json).
/// </summary>
public sealed class PlanChangeTexts(ExerciseCatalog catalog, ProgressionContent content, TextCatalog texts)
{
    public string Line(LevelChange change, string? locale)
    {
        var ladder = content.LadderFor(change.ExerciseId);
        var key = change.IsUp ? "plan.up" : change.To < change.From ? "plan.down" : "plan.held";
        return texts.Format(
            key,
            locale,
            ("name", catalog.Get(change.ExerciseId).Name),
            ("dosage", ladder.DosageAt(change.To).Describe()),
            ("reason", Reason(change.Reason, locale)));
    }

    /// <summary>
    /// "Your plan: Side Steps at 12 feet × 3 each side (step 3 of 4)." for each exercise away from its start level, or
    /// that every exercise is at its starting dosage.
    /// </summary>
    public string Levels(PlanLevels plan, string? locale)
    {
        var moved = content.Ladders
            .Where(ladder => plan.LevelOf(ladder) != ladder.StartLevel)
            .Select(ladder => texts.Format(
                "plan.levelsEntry",
                locale,
                ("name", catalog.Get(ladder.Exercise).Name),
                ("dosage", ladder.DosageAt(plan.LevelOf(ladder)).Describe()),
                ("level", plan.LevelOf(ladder)),
                ("top", ladder.Top)))
            .ToList();
        return moved.Count == 0
            ? texts.Get("plan.levelsAtStart", locale)
            : moved.Count == content.Ladders.Count
            ? texts.Format("plan.levelsAllMoved", locale, ("levels", string.Join("; ", moved)))
            : texts.Format("plan.levels", locale, ("levels", string.Join("; ", moved)));
    }

    private string Reason(LevelChangeReason reason, string? locale) => reason switch
    {
        LevelChangeReason.EasySessions => texts.Format(
            "plan.reason.easySessions", locale, ("sessions", content.Rules.EasySessions), ("pain", content.Rules.EasyPainMax)),
        LevelChangeReason.WorseNextMorning => texts.Get("plan.reason.worseNextMorning", locale),
        _ => texts.Get("plan.reason.stoppedForPain", locale),
    };
}
