using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>The bot's token goes only to channel hosts; look-alike hosts and plain http never get it.</summary>
public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("https://SMBA.TrafficManager.NET/emea/", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("https://contoso.example/bot/", false)]
    [InlineData("http://127.0.0.1:5000/", false)]
    [InlineData("http://localhost:5000/", false)]
    public void IsTrusted_ProductionDefaults_TrustsOnlyChannelHosts(string url, bool expected)
    {
        Assert.Equal(expected, Create(new BotConnectorOptions(), Environments.Production).IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_ConfiguredSuffix_TrustsItsSubdomains()
    {
        var trusted = Create(new BotConnectorOptions { TrustedHostSuffixes = ["channel.contoso.example"] }, Environments.Production);

        Assert.True(trusted.IsTrusted(new Uri("https://eu.channel.contoso.example/")));
        Assert.False(trusted.IsTrusted(new Uri("https://contoso.example/")));
    }

    [Theory]
    [InlineData("Development", false, true)]
    [InlineData("Production", true, true)]
    [InlineData("Testing", false, false)]
    public void IsTrusted_Loopback_OnlyInDevelopmentOrWhenAllowed(string environment, bool allowLoopback, bool expected)
    {
        var trusted = Create(new BotConnectorOptions { AllowLoopback = allowLoopback }, environment);

        Assert.Equal(expected, trusted.IsTrusted(new Uri("http://127.0.0.1:3978/")));
    }

    [Fact]
    public void FirstReportOf_SameHostAgain_IsReportedOnce()
    {
        var trusted = Create(new BotConnectorOptions(), Environments.Production);

        Assert.True(trusted.FirstReportOf("contoso.example"));
        Assert.False(trusted.FirstReportOf("contoso.example"));
        Assert.False(trusted.FirstReportOf("CONTOSO.example"));
        Assert.True(trusted.FirstReportOf("fabrikam.example"));
    }

    private static TrustedServiceUrls Create(BotConnectorOptions options, string environment) =>
        new(Options.Create(options), new Environment { EnvironmentName = environment });

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
