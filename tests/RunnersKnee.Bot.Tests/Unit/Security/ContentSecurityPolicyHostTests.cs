using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Security;
using RunnersKnee.DirectLine;

namespace RunnersKnee.Bot.Tests.Unit.Security;

/// <summary>The policy is kept for the last host asked for; a page reached by another name still gets its own socket source.</summary>
public sealed class ContentSecurityPolicyHostTests
{
    private readonly ContentSecurityPolicy _policy = new(
        Options.Create(new SecurityOptions()), Options.Create(new DirectLineOptions()), Options.Create(new BotOptions()));

    [Fact]
    public void For_HostsInTurn_EachGetsItsOwnSocketSource()
    {
        var first = _policy.For(Request("coach.example", https: true));
        var second = _policy.For(Request("tunnel.example:8443", https: true));
        var plain = _policy.For(Request("tunnel.example:8443", https: false));
        var firstAgain = _policy.For(Request("coach.example", https: true));

        Assert.Contains("wss://coach.example", first, StringComparison.Ordinal);
        Assert.Contains("wss://tunnel.example:8443", second, StringComparison.Ordinal);
        Assert.DoesNotContain("coach.example", second, StringComparison.Ordinal);
        Assert.Contains("ws://tunnel.example:8443", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("upgrade-insecure-requests", plain, StringComparison.Ordinal);
        Assert.Equal(first, firstAgain);
    }

    private static HttpRequest Request(string host, bool https)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Scheme = https ? "https" : "http";
        return context.Request;
    }
}
