using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// The stored form of the activity ids <see cref="DuplicateActivityMiddleware"/> remembers: one JSON string of
/// fixed-width entries, oldest first, each a 12-character key (72 bits of the SHA-256 of the qualified id, base64url)
/// and an 8-character expiry (Unix milliseconds, 48 bits, base64url). Every turn reads and appends to it, so it is read
/// where it lies in the document and written as one small array: 64 ids are 1.3 KB instead of the 5–6 KB, 64 records
/// and 128 strings of the list of <see cref="ProcessedActivity"/> it replaces, which is still read (and rewritten in
/// this form at the next append) so an id remembered before the change is still a duplicate after it.
/// </summary>
internal static class RememberedActivityIds
{
    public const int KeyLength = 12;

    private const int ExpiryLength = 8;
    private const int EntryLength = KeyLength + ExpiryLength;
    private const int HashedBytes = KeyLength / 4 * 3;
    private const int ExpiryBytes = ExpiryLength / 4 * 3;
    private const int StackLimit = 512;

    /// <summary>
    /// The key of an activity id of a conversation. It hashes the id as the old form stored it: an id that does not
    /// start with its conversation's id carries a short tag of that conversation (a person's document sees several
    /// conversations, whose ids may repeat), so an old record and a new delivery of it give the same key.
    /// </summary>
    public static void WriteKey(string conversationId, string activityId, Span<byte> key)
    {
        var tagged = !activityId.StartsWith(conversationId, StringComparison.Ordinal);
        var length = (tagged ? 9 : 0) + Encoding.UTF8.GetByteCount(activityId);
        byte[]? rented = null;
        var qualified = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var at = 0;
            if (tagged)
            {
                WriteConversationTag(conversationId, qualified);
                qualified[8] = (byte)'|';
                at = 9;
            }

            at += Encoding.UTF8.GetBytes(activityId, qualified[at..]);
            WriteKeyOfQualified(qualified[..at], key);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The entries of a stored value (the JSON of the property, empty when there is none), oldest first. The
    /// compact form is returned where it lies; the old list of records is converted once (<paramref name="converted"/>
    /// holds the new bytes then), and anything else unreadable counts as no ids remembered.
    /// </summary>
    public static ReadOnlySpan<byte> Entries(ReadOnlySpan<byte> storedJson, out byte[]? converted)
    {
        converted = null;
        if (storedJson.Length >= 2 && storedJson[0] == (byte)'"' && storedJson[^1] == (byte)'"' && !storedJson.Contains((byte)'\\'))
        {
            var entries = storedJson[1..^1];
            return entries[..(entries.Length - (entries.Length % EntryLength))];
        }

        if (storedJson.Length > 0 && storedJson[0] == (byte)'[')
        {
            converted = FromRecords(JsonSerializer.Deserialize<List<ProcessedActivity>>(storedJson, BotJson.Options) ?? []);
            return converted;
        }

        return default;
    }

    /// <summary>Whether <paramref name="key"/> is remembered and not expired at <paramref name="now"/>.</summary>
    public static bool Contains(ReadOnlySpan<byte> entries, ReadOnlySpan<byte> key, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        for (var at = 0; at + EntryLength <= entries.Length; at += EntryLength)
        {
            var entry = entries.Slice(at, EntryLength);
            if (entry[..KeyLength].SequenceEqual(key) && !IsExpired(entry, nowMs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The stored value (a JSON string) after remembering <paramref name="key"/> until <paramref name="expiresAt"/>:
    /// the entries expired at <paramref name="now"/> dropped, then the oldest beyond <paramref name="max"/>.
    /// </summary>
    public static byte[] Append(ReadOnlySpan<byte> entries, ReadOnlySpan<byte> key, DateTimeOffset expiresAt, DateTimeOffset now, int max)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var live = 0;
        for (var at = 0; at + EntryLength <= entries.Length; at += EntryLength)
        {
            live += IsExpired(entries.Slice(at, EntryLength), nowMs) ? 0 : 1;
        }

        var skip = Math.Max(0, live + 1 - max);
        var json = new byte[2 + (EntryLength * (live + 1 - skip))];
        json[0] = (byte)'"';
        json[^1] = (byte)'"';
        var written = 1;
        for (var at = 0; at + EntryLength <= entries.Length; at += EntryLength)
        {
            var entry = entries.Slice(at, EntryLength);
            if (IsExpired(entry, nowMs))
            {
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            entry.CopyTo(json.AsSpan(written));
            written += EntryLength;
        }

        WriteEntry(key, expiresAt, json.AsSpan(written, EntryLength));
        return json;
    }

    private static byte[] FromRecords(List<ProcessedActivity> records)
    {
        var entries = new byte[EntryLength * records.Count];
        Span<byte> key = stackalloc byte[KeyLength];
        for (var i = 0; i < records.Count; i++)
        {
            var id = Encoding.UTF8.GetBytes(records[i].Id);
            WriteKeyOfQualified(id, key);
            WriteEntry(key, records[i].ExpiresAt, entries.AsSpan(i * EntryLength, EntryLength));
        }

        return entries;
    }

    private static void WriteEntry(ReadOnlySpan<byte> key, DateTimeOffset expiresAt, Span<byte> entry)
    {
        key.CopyTo(entry);

        // Rounded up to the millisecond, so an id is never forgotten before its window ends.
        var ticks = expiresAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var ms = Math.Max(0, (ticks / TimeSpan.TicksPerMillisecond) + (ticks % TimeSpan.TicksPerMillisecond > 0 ? 1 : 0));
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, ms);
        Base64Url.EncodeToUtf8(bytes[(sizeof(long) - ExpiryBytes)..], entry[KeyLength..]);
    }

    /// <summary>Expired at or before now (as the records were); an entry whose expiry cannot be read is dropped.</summary>
    private static bool IsExpired(ReadOnlySpan<byte> entry, long nowMs)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        bytes.Clear();
        if (Base64Url.DecodeFromUtf8(entry[KeyLength..], bytes[(sizeof(long) - ExpiryBytes)..], out _, out var written) != OperationStatus.Done
            || written != ExpiryBytes)
        {
            return true;
        }

        return BinaryPrimitives.ReadInt64BigEndian(bytes) <= nowMs;
    }

    private static void WriteKeyOfQualified(ReadOnlySpan<byte> qualifiedId, Span<byte> key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(qualifiedId, hash);
        Base64Url.EncodeToUtf8(hash[..HashedBytes], key);
    }

    /// <summary>The old form's tag: the first 4 bytes of the SHA-256 of the conversation id, in upper-case hex.</summary>
    private static void WriteConversationTag(string conversationId, Span<byte> tag)
    {
        var length = Encoding.UTF8.GetByteCount(conversationId);
        byte[]? rented = null;
        var utf8 = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(conversationId, utf8)], hash);
            for (var i = 0; i < 4; i++)
            {
                tag[2 * i] = (byte)"0123456789ABCDEF"[hash[i] >> 4];
                tag[(2 * i) + 1] = (byte)"0123456789ABCDEF"[hash[i] & 0xF];
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
