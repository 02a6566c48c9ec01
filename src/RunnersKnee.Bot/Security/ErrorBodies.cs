using Microsoft.AspNetCore.Diagnostics;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Security;

/// <summary>
/// Gives every error answer that has no body (an unknown path, a wrong method) the same short JSON reason the
/// endpoints write, so a client always learns why, and never more than why.
/// </summary>
internal static class ErrorBodies
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var (code, message) = status switch
        {
            StatusCodes.Status404NotFound => ("NotFound", "There is nothing at this address."),
            StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", "This address does not accept this method."),
            StatusCodes.Status415UnsupportedMediaType => ("UnsupportedMediaType", "The body's media type is not accepted here."),
            >= 500 => ("ServerError", "Something went wrong on the server."),
            _ => ("BadRequest", "The request was not valid."),
        };
        return Results.Json(ErrorResponse.Create(code, message), BotJsonContext.Default.ErrorResponse, statusCode: status).ExecuteAsync(context.HttpContext);
    }
}
