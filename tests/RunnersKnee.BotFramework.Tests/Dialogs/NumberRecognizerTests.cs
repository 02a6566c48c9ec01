using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData("6.5", 6.5)]
    [InlineData("7/10", 7)]
    [InlineData("about 6 out of 10", 6)]
    [InlineData("3ish", 3)]
    [InlineData("~4 maybe", 4)]
    [InlineData("I'm 34.", 34)]
    [InlineData("-3", -3)]
    [InlineData("seven", 7)]
    [InlineData("Seven!", 7)]
    [InlineData("sevn", 7)]
    [InlineData("nien", 9)]
    [InlineData("fuor", 4)]
    [InlineData("twenty", 20)]
    [InlineData("zero", 0)]
    [InlineData("none", 0)]
    [InlineData("maybe a three", 3)]
    [InlineData("thirty", 30)]
    [InlineData("seventy-one", 71)]
    [InlineData("I'm seventy one", 71)]
    [InlineData("ninety nine", 99)]
    [InlineData("forty and five", 45)]
    [InlineData("siete", 7)]
    [InlineData("setenta y uno", 71)]
    [InlineData("veintitrés", 23)]
    public void Recognize_DigitsOrNumberWord_IsTheNumber(string text, double number) =>
        Assert.Equal((decimal)number, NumberRecognizer.Recognize(text));

    [Theory]
    [InlineData("no idea")]
    [InlineData("it hurts for sure")]
    [InlineData("nice")]
    [InlineData("gone")]
    [InlineData("the fifth time")]
    [InlineData("it went forth")]
    [InlineData("it happened once")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Recognize_NoNumber_IsNull(string? text) =>
        Assert.Null(NumberRecognizer.Recognize(text));
}
