using System.Buffers.Text;
using System.Security.Cryptography;

namespace RunnersKnee.DirectLine;

/// <summary>Unguessable ids: a conversation id is the only thing besides the token that names a conversation.</summary>
internal static class DirectLineIds
{
    /// <summary>A <c>dl_</c> user id: Direct Line reserves the prefix for ids the server embeds in the token.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
