using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>
/// The request-body rules of <c>/api/messages</c> (JSON only, bounded size, read once), shared with the other
/// endpoints a channel host maps, such as the embedded Direct Line.
/// </summary>
public static class BotRequestBody
{
    public static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit + 1L;
        }

        // Channels send Content-Length: read into an array of that size (one allocation a turn); otherwise
        // read through a pooled chunk.
        var buffer = new MemoryStream(request.ContentLength is long length and <= int.MaxValue ? (int)length : 0);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Capacity == buffer.Length ? buffer.GetBuffer() : buffer.ToArray();
    }
}
