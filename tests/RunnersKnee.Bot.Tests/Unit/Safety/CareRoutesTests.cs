using System.Text;
using System.Text.Json;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>The emergency and crisis numbers for the person's region (Content/Safety/care-routes.json).</summary>
public sealed class CareRoutesTests
{
    private readonly CareRoutes _routes = new();

    [Theory]
    [InlineData("en-US", "911", "988 (call or text)")]
    [InlineData("en-GB", "999", "Samaritans on 116 123")]
    [InlineData("es-ES", "112", "024")]
    [InlineData("fr-FR", "112", "112")]
    [InlineData("es-US", "911", "988 (llama o envía un mensaje)")]
    [InlineData("es-GB", "999", "los Samaritans en el 116 123")]
    public void For_Locale_GivesItsRegionsNumbersInItsLanguage(string locale, string emergency, string crisis)
    {
        var route = _routes.For(new Activity { Locale = locale });

        Assert.Equal((emergency, crisis), (route.Emergency, route.Crisis));
    }

    [Fact]
    public void For_UnknownRegionInSpanish_ListsTheCommonNumbersInSpanish() =>
        Assert.StartsWith("tu número de emergencias local (911", _routes.For(new Activity { Locale = "es" }).Emergency);

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("en-JP")]
    public void For_UnknownRegion_ListsTheCommonNumbers(string? locale) =>
        Assert.Same(_routes.Default, _routes.For(new Activity { Locale = locale }));

    [Fact]
    public void For_ClientCountry_WinsOverTheLocale()
    {
        var clientInfo = new Entity { Type = "clientInfo", Properties = new() { ["country"] = JsonSerializer.SerializeToElement("GB") } };

        Assert.Equal("999", _routes.For(new Activity { Locale = "en-US", Entities = [clientInfo] }).Emergency);
    }

    [Fact]
    public void Load_RegionWithoutACrisisLine_StopsTheApp()
    {
        const string json = """{"regions":{"EU":{"emergency":"112"}},"europeanUnion":[],"default":{"emergency":"x","crisis":"y"}}""";

        var error = Assert.Throws<InvalidOperationException>(() => new CareRoutes(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("'EU' needs both", error.Message);
    }
}
