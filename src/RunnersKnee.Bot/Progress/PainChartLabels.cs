namespace RunnersKnee.Bot.Progress;

/// <summary>The words on the chart, in the person's language.</summary>
public sealed record PainChartLabels(string Title, string Before, string After);
