using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Tests.Authentication;

/// <summary>The token's serviceurl must name the activity's serviceUrl; spelling differences channels produce are tolerated.</summary>
public sealed class ServiceUrlClaimTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://SMBA.trafficmanager.net/AMER/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net:443/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://evil.example/amer/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-a/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData(null, "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("not a url", "https://smba.trafficmanager.net/amer/", false)]
    public void Matches_ClaimAgainstActivity_ComparesSchemeHostPortAndPath(string? claimed, string serviceUrl, bool expected)
    {
        Assert.Equal(expected, ServiceUrlClaim.Matches(claimed, serviceUrl));
    }
}
