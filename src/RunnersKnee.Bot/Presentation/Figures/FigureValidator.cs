using System.Globalization;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// The rules the figures must meet before a card shows one: one figure per exercise of the catalog, a start and an
/// end (and a hold exactly where the dosage holds), every joint inside the frame, an alt text on every keyframe,
/// kit of a known kind tied to known joints, and every limit the article gives met on the keyframes it names.
/// All problems are reported at once.
/// </summary>
internal static partial class FigureValidator
{
    // Rounding the joints to a tenth moves an angle by well under this.
    private const double AngleTolerance = 0.5;

    // "Fixed" joints may differ by rounding only.
    private const double PositionTolerance = 0.5;

    public static void Validate(ExerciseCatalog catalog, FigureFrame? frame, IReadOnlyList<ExerciseFigure>? figures)
    {
        if (frame is null || frame.Width <= 0 || frame.Height <= 0 || frame.FloorY <= 0 || frame.FloorY > frame.Height)
        {
            throw new ExerciseCatalogException($"Content/{FigureLibrary.ContentPath} needs a frame with a width, a height and a floor inside it.", field: "frame");
        }

        var problems = new List<string>();
        figures ??= [];
        foreach (var figure in figures)
        {
            ValidateFigure(catalog, frame, figure, problems);
        }

        problems.AddRange(figures.GroupBy(f => f.Exercise).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' has more than one figure"));
        problems.AddRange(catalog.Exercises.Where(e => figures.All(f => f.Exercise != e.Id)).Select(e => $"'{e.Id}' has no figure"));
        if (problems.Count > 0)
        {
            throw new ExerciseCatalogException($"Content/{FigureLibrary.ContentPath} is not valid: {string.Join("; ", problems)}.");
        }
    }

    private static void ValidateFigure(ExerciseCatalog catalog, FigureFrame frame, ExerciseFigure figure, List<string> problems)
    {
        var name = figure.Exercise;
        if (string.IsNullOrEmpty(name) || !catalog.TryGet(name, out var exercise))
        {
            problems.Add($"'{name}' is not an exercise of the catalog");
            return;
        }

        var keyframes = figure.Keyframes ?? [];
        foreach (var required in new[] { FigureKeyframe.Start, FigureKeyframe.End })
        {
            if (keyframes.All(k => k.Name != required))
            {
                problems.Add($"'{name}' needs its {required} keyframe");
            }
        }

        // The hold pose is where the timer stays during "hold": it exists exactly when the article gives a hold.
        var holds = exercise.Dosage.HoldSeconds > 0;
        if (holds != keyframes.Any(k => k.Name == FigureKeyframe.Hold))
        {
            problems.Add(holds ? $"'{name}' holds for {exercise.Dosage.HoldSeconds} s and needs a hold keyframe" : $"'{name}' has no hold, so no hold keyframe");
        }

        foreach (var keyframe in keyframes)
        {
            ValidateKeyframe(frame, name, keyframe, problems);

            // The words say the card's side as the steps do; an exercise done without sides has none to say.
            var placeholders = PlaceholderPattern().Matches(keyframe.Alt ?? string.Empty).Select(m => m.Value);
            if (placeholders.Any(p => !exercise.Dosage.PerSide || !ExerciseCatalogValidator.SidePlaceholders.Contains(p)))
            {
                problems.Add($"'{name}' keyframe '{keyframe.Name}': its alt text may use {{side}} and {{otherSide}} only, and only on a per-side exercise");
            }
        }

        problems.AddRange(keyframes.GroupBy(k => k.Name).Where(g => g.Count() > 1).Select(g => $"'{name}' has more than one {g.Key} keyframe"));
        foreach (var item in figure.Equipment ?? [])
        {
            ValidateEquipment(name, item, problems);
        }

        if (keyframes.Any(k => k.Joints is null || FigureJoints.All.Any(j => !k.Joints.ContainsKey(j))))
        {
            return;
        }

        foreach (var limit in figure.Limits ?? [])
        {
            ValidateLimit(figure, limit, problems);
        }
    }

    private static void ValidateKeyframe(FigureFrame frame, string name, FigureKeyframe keyframe, List<string> problems)
    {
        var where = $"'{name}' keyframe '{keyframe.Name}'";
        if (keyframe.Name is not (FigureKeyframe.Start or FigureKeyframe.End or FigureKeyframe.Hold))
        {
            problems.Add($"{where} is not start, end or hold");
        }

        if (string.IsNullOrWhiteSpace(keyframe.Alt))
        {
            problems.Add($"{where} needs an alt text");
        }

        var joints = keyframe.Joints ?? new Dictionary<string, double[]>();
        problems.AddRange(FigureJoints.All.Where(j => !joints.ContainsKey(j)).Select(j => $"{where} has no {j}"));
        problems.AddRange(joints.Keys.Where(j => !FigureJoints.All.Contains(j)).Select(j => $"{where} has an unknown joint '{j}'"));
        foreach (var (joint, point) in joints)
        {
            if (point is not { Length: 2 } || point[0] < 0 || point[0] > frame.Width || point[1] < 0 || point[1] > frame.Height)
            {
                problems.Add($"{where}: {joint} must be [x, y] inside the {frame.Width} × {frame.Height} frame");
            }
        }
    }

    private static void ValidateEquipment(string name, FigureEquipment item, List<string> problems)
    {
        if (FigureEquipment.Attached.Contains(item.Kind))
        {
            var joints = item.Kind == FigureEquipment.Band ? new[] { item.From, item.To } : [item.At];
            if (joints.Any(j => j is null || !FigureJoints.All.Contains(j)))
            {
                problems.Add($"'{name}': a {item.Kind} must be tied to known joints");
            }
        }
        else if (FigureEquipment.Standing.Contains(item.Kind))
        {
            if (item is not { X: not null, Y: not null, Width: > 0, Height: > 0 })
            {
                problems.Add($"'{name}': a {item.Kind} needs x, y, width and height");
            }
        }
        else
        {
            problems.Add($"'{name}': '{item.Kind}' is not known kit");
        }
    }

    private static void ValidateLimit(ExerciseFigure figure, FigureLimit limit, List<string> problems)
    {
        var where = $"'{figure.Exercise}' limit \"{limit.Quote}\"";
        if (string.IsNullOrWhiteSpace(limit.Quote))
        {
            problems.Add($"'{figure.Exercise}' has a limit without the article's words (quote)");
        }

        var keyframes = new List<FigureKeyframe>();
        foreach (var keyframeName in limit.Keyframes ?? [])
        {
            if (figure.Keyframe(keyframeName) is { } keyframe)
            {
                keyframes.Add(keyframe);
            }
            else
            {
                problems.Add($"{where} names the keyframe '{keyframeName}', which the figure does not have");
            }
        }

        if (keyframes.Count == 0)
        {
            problems.Add($"{where} names no keyframe");
            return;
        }

        switch (limit.Kind)
        {
            case FigureLimit.Angle when limit is { Joints: { Count: 3 } joints, Min: { } min, Max: { } max } && joints.All(FigureJoints.All.Contains):
                foreach (var keyframe in keyframes)
                {
                    var angle = FigurePoint.AngleAt(keyframe[joints[0]], keyframe[joints[1]], keyframe[joints[2]]);
                    if (angle < min - AngleTolerance || angle > max + AngleTolerance)
                    {
                        problems.Add($"{where}: the angle at {joints[1]} in '{keyframe.Name}' is {Degrees(angle)}°, not {Degrees(min)}-{Degrees(max)}°");
                    }
                }

                break;
            case FigureLimit.Height when limit is { Joint: { } joint, MinY: { } minY, MaxY: { } maxY } && FigureJoints.All.Contains(joint):
                foreach (var keyframe in keyframes.Where(k => k[joint].Y < minY || k[joint].Y > maxY))
                {
                    problems.Add($"{where}: {joint} in '{keyframe.Name}' is at y {Degrees(keyframe[joint].Y)}, not {Degrees(minY)}-{Degrees(maxY)}");
                }

                break;
            case FigureLimit.Fixed when limit.Joint is { } joint && FigureJoints.All.Contains(joint):
                if (keyframes.Any(k => k[joint].DistanceTo(keyframes[0][joint]) > PositionTolerance))
                {
                    problems.Add($"{where}: {joint} moves between {string.Join(", ", keyframes.Select(k => k.Name))}");
                }

                break;
            default:
                problems.Add($"{where} is not a complete angle (three joints, min, max), height (joint, minY, maxY) or fixed (joint) limit");
                break;
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    private static string Degrees(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
