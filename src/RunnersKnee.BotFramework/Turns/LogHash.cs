using System.Security.Cryptography;
using System.Text;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// A short, stable, one-way stand-in for a user or conversation id in logs: enough to follow one conversation
/// through the logs, not enough to find the person.
/// </summary>
public static class LogHash
{
    public static string Of(string? id) =>
        string.IsNullOrEmpty(id) ? "-" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 6).ToLowerInvariant();
}
