using System.Buffers.Text;
using System.Security.Cryptography;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// The one owner of short-lived links to a person's data: the "export my data" download (Teams, where a chat cannot
/// carry a file), the progress chart and the printable referral summary. A link is a random 128-bit id in the path;
/// what it opens is a document in the bot's storage, so any instance can serve it, the address carries no ids or
/// health data, an expired or unknown id is a 404, and erasing the person's data erases the links they were given.
/// </summary>
public sealed class PersonLinks(IStorage storage, TimeProvider time)
{
    private const int IdBytes = 16;

    /// <summary>Stores a link to the activity's person for <paramref name="purpose"/>; returns its id.</summary>
    public async Task<string> CreateAsync(PersonLinkPurpose purpose, Activity activity, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var link = new PersonLink(purpose, activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.From?.Id ?? string.Empty, activity.Locale, time.GetUtcNow() + lifetime);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [KeyFor(id)] = new(BinaryData.FromObjectAsJson(link, BotJson.Options), null) }, cancellationToken);
        return id;
    }

    /// <summary>The link's target while it is valid and of this purpose; null for an unknown, malformed, other or expired id (an expired one is deleted).</summary>
    public async Task<PersonLink?> FindAsync(string id, PersonLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(id))
        {
            return null;
        }

        var key = KeyFor(id);
        var link = (await storage.ReadAsync([key], cancellationToken)).GetValueOrDefault(key)?.Content.ToObjectFromJson<PersonLink>(BotJson.Options);
        if (link is not null && link.ExpiresAt <= time.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken);
            return null;
        }

        return link?.Purpose == purpose ? link : null;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        IsWellFormed(id) ? storage.DeleteAsync([KeyFor(id)], cancellationToken) : Task.CompletedTask;

    private static string KeyFor(string id) => "links/" + id;

    private static bool IsWellFormed(string id) =>
        id.Length == Base64Url.GetEncodedLength(IdBytes) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
