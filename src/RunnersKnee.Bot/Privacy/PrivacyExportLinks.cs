using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// Short-lived download links for "export my data" where a chat cannot carry a file (Teams). A link is a random
/// id; what it points to is a document in the bot's storage, so any instance can serve it, it never puts ids in
/// the address, and erasing the person's data erases it too.
/// </summary>
public sealed class PrivacyExportLinks(IStorage storage, TimeProvider time, IOptions<PrivacyOptions> options)
{
    private const int IdBytes = 32;

    /// <summary>Stores a link to the export of the activity's conversation; returns its id.</summary>
    public async Task<string> CreateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var link = new PrivacyExportLink(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.From?.Id ?? string.Empty, time.GetUtcNow() + options.Value.ExportLinkLifetime);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [KeyFor(id)] = new(BinaryData.FromObjectAsJson(link, BotJson.Options), null) }, cancellationToken);
        return id;
    }

    /// <summary>The link's target while it is valid; null for an unknown, malformed or expired id (an expired one is deleted).</summary>
    public async Task<PrivacyExportLink?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(id))
        {
            return null;
        }

        var key = KeyFor(id);
        var link = (await storage.ReadAsync([key], cancellationToken)).GetValueOrDefault(key)?.Content.ToObjectFromJson<PrivacyExportLink>(BotJson.Options);
        if (link is not null && link.ExpiresAt <= time.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken);
            return null;
        }

        return link;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        IsWellFormed(id) ? storage.DeleteAsync([KeyFor(id)], cancellationToken) : Task.CompletedTask;

    private static string KeyFor(string id) => "exports/" + id;

    private static bool IsWellFormed(string id) =>
        id.Length == Base64Url.GetEncodedLength(IdBytes) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
