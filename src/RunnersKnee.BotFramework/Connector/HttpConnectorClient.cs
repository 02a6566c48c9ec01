using System.Net.Http.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// The Connector REST API over HTTP for one serviceUrl. Path segments are escaped (Teams ids hold
/// <c>:;@=</c>, Direct Line ids a pipe). Authentication and retries live in the HttpClient's handlers.
/// </summary>
public sealed class HttpConnectorClient(HttpClient httpClient, string serviceUrl) : IConnectorClient
{
    private readonly string _baseUrl = serviceUrl.TrimEnd('/');

    public async Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await httpClient.PostAsJsonAsync($"{_baseUrl}/v3/conversations", parameters, BotJsonContext.Default.ConversationParameters, cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        PostAsync($"{ConversationPath(activity)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        PostAsync($"{ConversationPath(activity)}/activities/{Uri.EscapeDataString(activity.ReplyToId!)}", activity, cancellationToken);

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var response = await httpClient.PutAsJsonAsync(
            $"{ConversationPath(activity)}/activities/{Uri.EscapeDataString(activity.Id!)}",
            activity,
            BotJsonContext.Default.Activity,
            cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await httpClient.DeleteAsync(
            $"{_baseUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
            cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private string ConversationPath(Activity activity) =>
        $"{_baseUrl}/v3/conversations/{Uri.EscapeDataString(activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity)))}";

    private async Task<ResourceResponse> PostAsync(string url, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await httpClient.PostAsJsonAsync(url, activity, BotJsonContext.Default.Activity, cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    private static async Task<ResourceResponse> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // Typing sends and some channels answer with an empty or non-JSON body; the send still succeeded.
            return new ResourceResponse(null);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ConnectorException(response.StatusCode, detail.Length > 500 ? detail[..500] : detail);
        }
    }
}
