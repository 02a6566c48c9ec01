using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Tests.Authentication;

/// <summary>
/// The <c>endorsements</c> of each key are read from the raw key set. The document below has the shape published
/// at https://login.botframework.com/v1/.well-known/keys (RSA keys with <c>x5t</c>, <c>n</c>, <c>e</c> and an
/// <c>endorsements</c> array); key material shortened.
/// </summary>
public sealed class EndorsementsTests
{
    private const string KeySet = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"key-a","x5t":"key-a","n":"sXch","e":"AQAB","endorsements":["msteams","webchat","skype"]},
          {"kty":"RSA","use":"sig","kid":"key-b","x5t":"key-b","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","kid":"key-c","n":"sXch","e":"AQAB","endorsements":[]},
          {"kty":"RSA","use":"sig","n":"sXch","e":"AQAB","endorsements":["orphan"]}
        ]}
        """;

    [Fact]
    public void ReadEndorsements_BotFrameworkKeySet_MapsEachKeyToItsChannels()
    {
        var endorsements = EndorsedConfigurationRetriever.ReadEndorsements(KeySet);

        Assert.Equal(["msteams", "webchat", "skype"], endorsements["key-a"]);
        Assert.False(endorsements.ContainsKey("key-b"));
        Assert.Empty(endorsements["key-c"]);
        Assert.Equal(2, endorsements.Count);
    }

    [Fact]
    public void ReadEndorsements_NoKeysMember_IsEmpty()
    {
        Assert.Empty(EndorsedConfigurationRetriever.ReadEndorsements("""{"issuer":"x"}"""));
    }
}
