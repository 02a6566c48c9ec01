namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// Turns a keyframe into shapes, the one drawing both renderers (SVG, PNG) and the page's animation paint: kit that
/// stands still, the floor, then the far limbs, trunk and head, near arm, the working leg, and kit tied to joints.
/// <paramref name="mirrored"/> flips it left to right for the second side.
/// </summary>
public static class FigureScene
{
    private const double HeadRadius = 8;
    private const double BellRadius = 6;
    private const double ChairBack = 38;
    private const double ChairSeat = 4;

    public static IReadOnlyList<FigureShape> Build(FigureFrame frame, ExerciseFigure figure, FigureKeyframe pose, bool mirrored)
    {
        var shapes = new List<FigureShape>();
        foreach (var item in figure.Equipment.Where(e => FigureEquipment.Standing.Contains(e.Kind)))
        {
            AddStanding(shapes, item);
        }

        // Seen from above, the mat is the floor.
        if (figure.View != FigureView.Above)
        {
            shapes.Add(Line(FigureStyle.Floor, new(0, frame.FloorY), new(frame.Width, frame.FloorY)));
        }

        // From the front both arms are near; from the side the far ones are drawn lighter, behind.
        var farRole = figure.View == FigureView.Front ? FigureStyle.Body : FigureStyle.Far;
        shapes.Add(Chain(farRole, pose, FigureJoints.OtherArm));
        shapes.Add(Chain(figure.Working == FigureWorkingLimbs.Both ? FigureStyle.WorkingLeg : farRole, pose, FigureJoints.OtherLeg));
        shapes.Add(Chain(FigureStyle.Body, pose, FigureJoints.Trunk));
        var head = pose[FigureJoints.Head];
        shapes.Add(new FigureShape(FigureShape.Circle, FigureStyle.Head, [head.X, head.Y, HeadRadius]));
        shapes.Add(Chain(FigureStyle.Body, pose, FigureJoints.Arm));
        shapes.Add(Chain(FigureStyle.WorkingLeg, pose, FigureJoints.Leg));
        foreach (var item in figure.Equipment.Where(e => FigureEquipment.Attached.Contains(e.Kind)))
        {
            if (item.Kind == FigureEquipment.Band)
            {
                shapes.Add(Line(FigureStyle.Band, pose[item.From!], pose[item.To!]));
            }
            else
            {
                var hand = pose[item.At!];
                var bell = new FigurePoint(hand.X, hand.Y + BellRadius + 2);
                shapes.Add(Line(FigureStyle.Band, hand, bell));
                shapes.Add(new FigureShape(FigureShape.Circle, FigureStyle.Bell, [bell.X, bell.Y, BellRadius]));
            }
        }

        return mirrored ? [.. shapes.Select(s => Mirror(s, frame.Width))] : shapes;
    }

    private static void AddStanding(List<FigureShape> shapes, FigureEquipment item)
    {
        var (x, y, width, height) = (item.X!.Value, item.Y!.Value, item.Width!.Value, item.Height!.Value);
        if (item.Kind == FigureEquipment.Chair)
        {
            // A seat on two legs with a back: the box is the seat's top edge down to the floor.
            shapes.Add(Rect(x, y, width, ChairSeat));
            shapes.Add(Rect(x, y - ChairBack, ChairSeat, ChairBack));
            shapes.Add(Rect(x + 2, y + ChairSeat, 3, height - ChairSeat));
            shapes.Add(Rect(x + width - 5, y + ChairSeat, 3, height - ChairSeat));
        }
        else
        {
            shapes.Add(Rect(x, y, width, height));
        }
    }

    private static FigureShape Rect(double x, double y, double width, double height) =>
        new(FigureShape.Rect, FigureStyle.Kit, [x, y, width, height]);

    private static FigureShape Line(string role, FigurePoint from, FigurePoint to) =>
        new(FigureShape.Polyline, role, [from.X, from.Y, to.X, to.Y]);

    private static FigureShape Chain(string role, FigureKeyframe pose, IReadOnlyList<string> joints) =>
        new(FigureShape.Polyline, role, [.. joints.SelectMany(j => new[] { pose[j].X, pose[j].Y })]);

    private static FigureShape Mirror(FigureShape shape, double width)
    {
        var values = shape.Values.ToArray();
        switch (shape.Kind)
        {
            case FigureShape.Rect:
                values[0] = width - values[0] - values[2];
                break;
            case FigureShape.Circle:
                values[0] = width - values[0];
                break;
            default:
                for (var i = 0; i < values.Length; i += 2)
                {
                    values[i] = width - values[i];
                }

                break;
        }

        return shape with { Values = values };
    }

    /// <summary>The arrow between the start and end frames of a combined image.</summary>
    public static IReadOnlyList<FigureShape> Arrow(FigureFrame frame)
    {
        var (from, to, middle) = (frame.Width + 8, frame.Width + FigureStyle.Gap - 8, frame.Height / 2);
        return
        [
            new(FigureShape.Polyline, FigureStyle.Arrow, [from, middle, to, middle]),
            new(FigureShape.Polyline, FigureStyle.Arrow, [to - 8, middle - 7, to, middle, to - 8, middle + 7]),
        ];
    }
}
