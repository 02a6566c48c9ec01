using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Privacy;

/// <summary><c>GET /api/privacy/export/{id}</c>: the "export my data" file behind a link from <see cref="PersonLinks"/>.</summary>
public static class PrivacyExportEndpoint
{
    public const string Path = "/api/privacy/export";

    public static IEndpointConventionBuilder MapPrivacyExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path + "/{id}", HandleAsync);

    private static async Task<IResult> HandleAsync(string id, HttpContext http, PersonLinks links, PrivacyExporter exporter, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await links.FindAsync(id, PersonLinkPurpose.Export, cancellationToken) is not { } link)
        {
            return Results.Json(
                ErrorResponse.Create("NotFound", "This download link has expired or never existed. Say \"export my data\" for a new one."),
                BotJsonContext.Default.ErrorResponse,
                statusCode: StatusCodes.Status404NotFound);
        }

        var export = await exporter.ExportAsync(link.ChannelId, link.ConversationId, link.UserId, current: null, currentHistory: null, locale: link.Locale, cancellationToken);
        return Results.File(export.ToUtf8Json(), "application/json", PrivacyExport.FileName);
    }
}
