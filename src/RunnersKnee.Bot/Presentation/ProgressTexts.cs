using System.Globalization;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;

namespace RunnersKnee.Bot.Presentation;

/// <summary>The progress card's words: the week against the goal, the plain-language trend line, and the chart's alt text (the same numbers as the picture).</summary>
public sealed class ProgressTexts(TextCatalog texts)
{
    public string Week(WeeklyProgress week, string? locale) =>
        texts.Format("progress.week", locale, ("done", week.SessionsThisWeek), ("goal", week.Goal));

    /// <summary>"Your pain after sessions went from 5 to 3 over 2 weeks."; null without two scores in one series.</summary>
    public string? TrendLine(PainTrend trend, string? locale)
    {
        if (trend.Headline is not var (isAfter, first, last))
        {
            return null;
        }

        var from = isAfter ? first.After!.Value : first.Before!.Value;
        var to = isAfter ? last.After!.Value : last.Before!.Value;
        var key = to < from ? "progress.trend.down" : to > from ? "progress.trend.up" : "progress.trend.same";
        return texts.Format(key, locale, ("series", texts.Get(isAfter ? "progress.series.afterSessions" : "progress.series.beforeSessions", locale)), ("from", from), ("to", to), ("span", Span(last.At - first.At, locale)));
    }

    /// <summary>Says in words what the picture shows: every point of both series, with its date.</summary>
    public string AltText(PainTrend trend, string? locale)
    {
        var culture = CultureFor(locale);
        string Series(string nameKey, Func<PainTrendPoint, int?> value, IReadOnlyList<PainTrendPoint> points) =>
            texts.Format("progress.alt.series", locale, ("name", texts.Get(nameKey, locale)), ("points", points.Count == 0
                ? texts.Get("progress.alt.none", locale)
                : string.Join(", ", points.Select(p => texts.Format("progress.alt.point", locale, ("pain", value(p)), ("date", p.At.ToString("d MMM", culture)))))));
        return string.Join(" ", texts.Get("progress.alt.intro", locale), Series("progress.chart.after", p => p.After, trend.After), Series("progress.chart.before", p => p.Before, trend.Before));
    }

    public PainChartLabels ChartLabels(string? locale) =>
        new(texts.Get("progress.chart.title", locale), texts.Get("progress.chart.before", locale), texts.Get("progress.chart.after", locale));

    public static CultureInfo CultureFor(string? locale) =>
        locale is { Length: >= 2 } && locale[..2].Equals("es", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("es") : CultureInfo.GetCultureInfo("en-GB");

    private string Span(TimeSpan span, string? locale)
    {
        var days = Math.Max(1, (int)Math.Round(span.TotalDays));
        return days < 14
            ? texts.Format(days == 1 ? "progress.span.day" : "progress.span.days", locale, ("n", days))
            : texts.Format("progress.span.weeks", locale, ("n", (int)Math.Round(days / 7.0)));
    }
}
