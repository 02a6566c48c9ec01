using RunnersKnee.Bot.Presentation.Texts;


namespace RunnersKnee.Bot.Tests.Unit.Presentation;

/// <summary>Which language a person writes in, and the locale the replies then use.</summary>
public sealed class WrittenLanguageTests
{
    private static readonly WrittenLanguage Language = new();

    [Theory]
    [InlineData("me duele la rodilla al bajar escaleras", "es")]
    [InlineData("hola", "es")]
    [InlineData("tengo dolor en el pecho", "es")]
    [InlineData("my knee hurts on the stairs", "en")]
    [InlineData("I live in Madrid", "en")]
    [InlineData("6", null)]
    [InlineData("ok", null)]
    [InlineData("", null)]
    public void Of_ReadsTheLanguageFromItsWords(string text, string? expected) => Assert.Equal(expected, Language.Of(text));

    [Theory]
    [InlineData("en-US", "es", "es-US")]
    [InlineData("en", "es", "es")]
    [InlineData("es-ES", "es", "es-ES")]
    [InlineData("es-ES", "en", "es-ES")]
    [InlineData("en-GB", null, "en-GB")]
    [InlineData(null, "es", "es")]
    public void LocaleFor_KeepsTheRegionAndNeverTurnsASpanishAppEnglish(string? locale, string? language, string? expected) =>
        Assert.Equal(expected, WrittenLanguage.LocaleFor(locale, language));

    [Fact]
    public void Load_WithoutEnglishMarkers_StopsTheApp()
    {
        var json = """{"markers": {"es": ["hola"]}}""";

        var error = Assert.Throws<InvalidOperationException>(() => new WrittenLanguage(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));

        Assert.Contains("English among them", error.Message);
    }
}
