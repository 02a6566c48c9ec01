using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Loads metadata and its <c>jwks_uri</c> into an <see cref="EndorsedOpenIdConfiguration"/>. Every finished
/// retrieval (scheduled or forced) completes the task handed out by <see cref="NextRetrievalAsync"/>, which is how
/// a forced refresh learns that the background fetch of <see cref="ConfigurationManager{T}"/> is done.
/// </summary>
internal sealed class EndorsedConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private TaskCompletionSource<EndorsedOpenIdConfiguration?> _next = NewSignal();

    /// <summary>Completes with the result of the retrieval that finishes next (null when it fails).</summary>
    public Task<EndorsedOpenIdConfiguration?> NextRetrievalAsync() => Volatile.Read(ref _next).Task;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        EndorsedOpenIdConfiguration? configuration = null;
        try
        {
            configuration = await LoadAsync(address, retriever, cancel);
            return configuration;
        }
        finally
        {
            // Swapped after the fetch, so whoever subscribed while it ran gets its result.
            Interlocked.Exchange(ref _next, NewSignal()).TrySetResult(configuration);
        }
    }

    internal static async Task<EndorsedOpenIdConfiguration> LoadAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var configuration = new EndorsedOpenIdConfiguration(await retriever.GetDocumentAsync(address, cancel));
        if (string.IsNullOrWhiteSpace(configuration.JwksUri))
        {
            throw new InvalidOperationException($"The metadata at '{address}' has no jwks_uri.");
        }

        var keySetJson = await retriever.GetDocumentAsync(configuration.JwksUri, cancel);
        configuration.JsonWebKeySet = new JsonWebKeySet(keySetJson);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        configuration.Endorsements = ReadEndorsements(keySetJson);
        return configuration;
    }

    /// <summary>Microsoft.IdentityModel does not keep array-valued unknown members, so the raw JSON is read here.</summary>
    internal static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string keySetJson)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keySetJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return endorsements;
    }

    private static TaskCompletionSource<EndorsedOpenIdConfiguration?> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
