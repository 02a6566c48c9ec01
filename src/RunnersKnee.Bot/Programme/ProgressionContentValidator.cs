using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// Checks the ladders against the catalog: one ladder per exercise; levels numbered 1, 2, … in order; the start level
/// one of them; every level in the article's unit and sides and never above its reps, sets or hold (the ceiling: more
/// needs a clinician); each level one step up from the one below, changing one part, parts in the rules' order.
/// </summary>
public static class ProgressionContentValidator
{
    private static readonly string[] Parts = ["reps", "sets", "hold"];

    public static void Validate(ExerciseCatalog catalog, ProgressionThresholds? rules, IReadOnlyList<ExerciseLadder>? ladders)
    {
        var problems = new List<string>();
        ValidateRules(rules, problems);
        var order = rules?.Order is { Count: 3 } given && Parts.All(given.Contains) ? given : Parts;
        foreach (var ladder in ladders ?? [])
        {
            if (!catalog.TryGet(ladder.Exercise, out var exercise))
            {
                problems.Add($"'{ladder.Exercise}' is not an exercise of the catalog");
                continue;
            }

            ValidateLadder(ladder, exercise.Dosage, order, problems);
        }

        problems.AddRange((ladders ?? []).GroupBy(l => l.Exercise).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' has more than one ladder"));
        problems.AddRange(catalog.Exercises.Where(e => ladders?.All(l => l.Exercise != e.Id) != false).Select(e => $"'{e.Id}' has no ladder"));
        if (problems.Count > 0)
        {
            throw new ExerciseCatalogException($"Content/{ProgressionContent.ContentPath} is not valid: {string.Join("; ", problems)}.");
        }
    }

    private static void ValidateRules(ProgressionThresholds? rules, List<string> problems)
    {
        if (rules is null)
        {
            problems.Add("rules are missing");
            return;
        }

        if (rules.EasyPainMax is < 0 or > 10)
        {
            problems.Add($"rules.easyPainMax must be 0-10 (is {rules.EasyPainMax})");
        }

        if (rules.EasySessions < 1 || rules.BlockDays < 1)
        {
            problems.Add("rules.easySessions and rules.blockDays must be at least 1");
        }

        if (rules.Order is not { Count: 3 } || !Parts.All(rules.Order.Contains))
        {
            problems.Add("rules.order must name reps, sets and hold once each");
        }

        if (string.IsNullOrWhiteSpace(rules.Source))
        {
            problems.Add("rules.source must say where the rules come from");
        }
    }

    private static void ValidateLadder(ExerciseLadder ladder, Dosage article, IReadOnlyList<string> order, List<string> problems)
    {
        var name = $"'{ladder.Exercise}'";
        if (ladder.Levels is not { Count: > 0 })
        {
            problems.Add($"{name} has no levels");
            return;
        }

        if (ladder.StartLevel < 1 || ladder.StartLevel > ladder.Levels.Count)
        {
            problems.Add($"{name} starts at level {ladder.StartLevel}, which is not one of its levels (1-{ladder.Levels.Count})");
        }

        var lastPart = -1;
        for (var i = 0; i < ladder.Levels.Count; i++)
        {
            var level = ladder.Levels[i];
            var at = $"{name} level {level.Level}";
            if (level.Level != i + 1)
            {
                problems.Add($"{name} level {i + 1} is numbered {level.Level}; levels are numbered 1, 2, … from the easiest");
            }

            if (string.IsNullOrWhiteSpace(level.Source))
            {
                problems.Add($"{at} needs its source");
            }

            var dosage = level.Dosage;
            if (dosage.Unit != article.Unit || dosage.PerSide != article.PerSide)
            {
                problems.Add($"{at} must count {article.Unit.ToString().ToLowerInvariant()}{(article.PerSide ? " on each side" : string.Empty)} as the article does");
            }

            if (dosage.Min < 1 || dosage.Max < dosage.Min || dosage.Sets < 1 || dosage.HoldSeconds < 0)
            {
                problems.Add($"{at} is not a dosage (min ≥ 1, max ≥ min, sets ≥ 1, hold ≥ 0)");
            }

            if (dosage.Max > article.Max || dosage.Sets > article.Sets || dosage.HoldSeconds > article.HoldSeconds)
            {
                problems.Add($"{at} ({dosage.Describe()}) is above the article's dosage ({article.Describe()}), which is the ceiling without a clinician");
            }

            if (i > 0)
            {
                lastPart = ValidateStep(ladder.Levels[i - 1].Dosage, dosage, at, order, lastPart, problems);
            }
        }
    }

    /// <summary>One part grows, nothing else changes, and no part comes before one already stepped; returns the part's place in the order.</summary>
    private static int ValidateStep(Dosage below, Dosage above, string at, IReadOnlyList<string> order, int lastPart, List<string> problems)
    {
        var changed = new List<string>();
        if (below.Min != above.Min || below.Max != above.Max)
        {
            changed.Add("reps");
            if (above.Min < below.Min || above.Max < below.Max)
            {
                problems.Add($"{at} has fewer reps than the level below it; levels go from the easiest up");
            }
        }

        if (below.Sets != above.Sets)
        {
            changed.Add("sets");
            if (above.Sets < below.Sets)
            {
                problems.Add($"{at} has fewer sets than the level below it; levels go from the easiest up");
            }
        }

        if (below.HoldSeconds != above.HoldSeconds)
        {
            changed.Add("hold");
            if (above.HoldSeconds < below.HoldSeconds)
            {
                problems.Add($"{at} holds shorter than the level below it; levels go from the easiest up");
            }
        }

        if (changed.Count != 1)
        {
            problems.Add($"{at} must change exactly one of reps, sets or hold from the level below it (changes {(changed.Count == 0 ? "nothing" : string.Join(", ", changed))})");
            return lastPart;
        }

        var part = IndexOf(order, changed[0]);
        if (part < lastPart)
        {
            problems.Add($"{at} changes {changed[0]} after {order[lastPart]} changed lower down; going up the order is {string.Join(" → ", order)}");
        }

        return Math.Max(part, lastPart);
    }

    private static int IndexOf(IReadOnlyList<string> order, string part)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == part)
            {
                return i;
            }
        }

        return -1;
    }
}
