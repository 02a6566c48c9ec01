using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

public sealed class PainReportRecognizerTests
{
    private static readonly PainReportRecognizer Recognizer = new(new SafetyLexicon());

    [Theory]
    [InlineData("that hurt 6/10", 6)]
    [InlineData("pain is 7 out of 10", 7)]
    [InlineData("hurts about a 5", 5)]
    [InlineData("6/10", 6)]
    [InlineData("about 6 out of 10", 6)]
    [InlineData("my knee aches, maybe 4", 4)]
    [InlineData("sore 3", 3)]
    [InlineData("10/10 pain", 10)]
    [InlineData("0 pain now", 0)]
    [InlineData("hrts like 5", 5)]
    [InlineData("that hurt six out of ten", 6)]
    [InlineData("three out of ten", 3)]
    [InlineData("me dolió un 6", 6)]
    [InlineData("dolor 7 de 10", 7)]
    public void Recognize_ScoreWithPainWordOrOutOf10_IsTheScore(string text, int score) =>
        Assert.Equal(score, Recognizer.Recognize(TextNormalizer.Words(text)));

    [Theory]
    [InlineData("7")]
    [InlineData("I'm 34")]
    [InlineData("it hurts 12")]
    [InlineData("that hurt")]
    [InlineData("I ran 5 km")]
    [InlineData("I've had pain for 3 weeks")]
    [InlineData("it hurts after 2 miles")]
    [InlineData("sore for 4 days now")]
    [InlineData("did 3 sets and it hurt")]
    [InlineData("one more set and it hurts")]
    [InlineData("me duele desde hace 3 semanas")]
    [InlineData("")]
    public void Recognize_NoScore_IsNull(string text) =>
        Assert.Null(Recognizer.Recognize(TextNormalizer.Words(text)));
}
