using System.Security.Cryptography;
using System.Text;

namespace RunnersKnee.BotFramework.State;

/// <summary>Turns storage keys (which hold Teams ids with <c>:;@=</c> and slashes) into safe file and blob names.</summary>
public static class StorageKeys
{
    private const int MaxReadableLength = 180;

    /// <summary>A file name: the key percent-encoded, or its SHA-256 when that would be too long for a file system.</summary>
    public static string ToFileName(string key)
    {
        var escaped = Uri.EscapeDataString(key);
        return escaped.Length <= MaxReadableLength
            ? escaped + ".json"
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json";
    }

    /// <summary>A blob name: URL-safe and at most 1,024 characters, as Azure requires.</summary>
    public static string ToBlobName(string key)
    {
        var escaped = Uri.EscapeDataString(key);
        return escaped.Length <= 1000 ? escaped : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
