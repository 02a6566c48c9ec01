using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// OpenID metadata plus what the standard parser drops: each signing key's <c>endorsements</c> (the channels a
/// Bot Framework key may speak for), read from the raw key set.
/// </summary>
internal sealed class EndorsedOpenIdConfiguration(string metadataJson) : OpenIdConnectConfiguration(metadataJson)
{
    /// <value>Key id → endorsed channel ids. A key missing here has no endorsements.</value>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements { get; set; } = new Dictionary<string, IReadOnlyList<string>>();
}
