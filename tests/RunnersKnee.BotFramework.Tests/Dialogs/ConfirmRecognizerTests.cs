using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("y")]
    [InlineData("yeah")]
    [InlineData("yeh")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("of course")]
    [InlineData("yes I do")]
    [InlineData("I have")]
    [InlineData("go ahead")]
    [InlineData("ready")]
    [InlineData("let's go")]
    [InlineData("yeah, my mum knows")]
    public void Recognize_EverydayYes_IsTrue(string text) =>
        Assert.True(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("n")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("no thanks")]
    [InlineData("none of them")]
    [InlineData("nothing like that")]
    [InlineData("no, it isn't")]
    [InlineData("I haven't")]
    [InlineData("not ready")]
    [InlineData("nope, none")]
    public void Recognize_EverydayNo_IsFalse(string text) =>
        Assert.False(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("not sure")]
    [InlineData("maybe")]
    [InlineData("I don't know")]
    [InlineData("perhaps")]
    [InlineData("purple")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognize_UnsureOrNeither_IsNoAnswer(string? text) =>
        Assert.Null(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("on")]
    [InlineData("yse")]
    public void Recognize_ShortWordOneLetterOff_IsNotTakenAsYesOrNo(string text) =>
        Assert.Null(ConfirmRecognizer.Recognize(text));
}
