using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// <c>GET /api/progress/chart/{id}</c> (the pain-trend PNG) and <c>GET /api/progress/summary/{id}</c> (the printable
/// referral summary), behind links from <see cref="ProgressLinks"/>: drawn from what is stored when asked, never
/// cached, and a 404 once the link has expired, was revoked, or never existed.
/// </summary>
public static class ProgressEndpoints
{
    public static IEndpointRouteBuilder MapProgress(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ProgressLinks.ChartPath + "/{id}", ChartAsync);
        endpoints.MapGet(ProgressLinks.SummaryPath + "/{id}", SummaryAsync);
        return endpoints;
    }

    private static async Task<IResult> ChartAsync(string id, HttpContext http, PersonLinks links, StoredPerson people, ProgressTexts texts, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await links.FindAsync(id, PersonLinkPurpose.PainChart, cancellationToken) is not { } link
            || await people.ReadAsync(link, cancellationToken) is not { } person
            || PainTrend.From(person.History) is not { CanDraw: true } trend)
        {
            return NotFound();
        }

        return Results.File(PainChart.Render(trend, texts.ChartLabels(link.Locale), ProgressTexts.CultureFor(link.Locale)), "image/png");
    }

    private static async Task<IResult> SummaryAsync(string id, HttpContext http, PersonLinks links, StoredPerson people, ReferralDescriber referral, TextCatalog texts, TimeProvider time, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await links.FindAsync(id, PersonLinkPurpose.ReferralPage, cancellationToken) is not { } link
            || await people.ReadAsync(link, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        var locale = link.Locale;
        var generated = texts.Format("referral.generated", locale, ("date", time.GetUtcNow().ToString("d MMM yyyy", ProgressTexts.CultureFor(locale))));
        var html = ReferralPage.Render(
            ProgressTexts.CultureFor(locale).TwoLetterISOLanguageName,
            texts.Get("referral.title", locale),
            texts.Get("referral.notDiagnosis", locale),
            referral.Fields(person.State, person.History, locale),
            generated,
            texts.Get("referral.nothingSent", locale),
            texts.Get("referral.print", locale));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult NotFound() => Results.Json(
        ErrorResponse.Create("NotFound", "This link has expired or never existed. Ask the coach again for a new one."),
        BotJsonContext.Default.ErrorResponse,
        statusCode: StatusCodes.Status404NotFound);
}
