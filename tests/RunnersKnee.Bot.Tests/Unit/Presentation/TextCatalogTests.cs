using System.Globalization;
using RunnersKnee.Bot.Presentation.Texts;

namespace RunnersKnee.Bot.Tests.Unit.Presentation;

/// <summary>The text a person reads: their language by the locale's first two letters, English otherwise, placeholders filled.</summary>
public sealed class TextCatalogTests
{
    private readonly TextCatalog _sut = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["rest"] = "Rest {seconds} s, then set {set} of {sets}. {seconds} s is enough.",
            ["only.en"] = "Only in English.",
        },
        ["es"] = new Dictionary<string, string> { ["rest"] = "Descansa {seconds} s, luego serie {set} de {sets}." },
    });

    [Theory]
    [InlineData("es-MX", "Descansa 30 s, luego serie 2 de 3.")]
    [InlineData("ES-es", "Descansa 30 s, luego serie 2 de 3.")]
    [InlineData("es", "Descansa 30 s, luego serie 2 de 3.")]
    [InlineData("pt-BR", "Rest 30 s, then set 2 of 3. 30 s is enough.")]
    [InlineData("e", "Rest 30 s, then set 2 of 3. 30 s is enough.")]
    [InlineData(null, "Rest 30 s, then set 2 of 3. 30 s is enough.")]
    public void Format_ByLocale_FillsEveryPlaceholderInThatLanguage(string? locale, string expected)
    {
        var text = _sut.Format("rest", locale, ("seconds", 30), ("set", 2), ("sets", 3));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_ValueTheTextDoesNotName_IsIgnored_AndNumbersAreWrittenTheSameInEveryCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-ES");

            var text = _sut.Format("rest", "en-US", ("seconds", 2.5), ("set", 2), ("sets", 3), ("unused", 7));

            Assert.Equal("Rest 2.5 s, then set 2 of 3. 2.5 s is enough.", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Get_KeyMissingInTheLanguage_FallsBackToEnglish()
    {
        Assert.Equal("Only in English.", _sut.Get("only.en", "es-MX"));
        Assert.Throws<KeyNotFoundException>(() => _sut.Get("nowhere", "es-MX"));
    }
}
