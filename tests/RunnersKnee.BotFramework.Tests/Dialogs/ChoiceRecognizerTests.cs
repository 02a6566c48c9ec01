using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Location =
    [
        new() { Value = "kneecap", Title = "Around or behind the kneecap", Synonyms = ["kneecap", "behind the kneecap", "front of the knee"] },
        new() { Value = "elsewhere", Title = "Somewhere else in the knee", Synonyms = ["below the kneecap", "back of the knee", "outside"] },
        new() { Value = "notknee", Title = "Not really the knee", Synonyms = ["hip", "shin"] },
    ];

    [Theory]
    [InlineData("kneecap", "kneecap")]
    [InlineData("Around or behind the kneecap", "kneecap")]
    [InlineData("behind the kneecap", "kneecap")]
    [InlineData("NOT REALLY THE KNEE", "notknee")]
    [InlineData("hip", "notknee")]
    public void Recognize_ValueTitleOrSynonym_FindsTheChoice(string text, string value) =>
        Assert.Equal(value, ChoiceRecognizer.Recognize(text, Location)?.Value);

    [Theory]
    [InlineData("1", "kneecap")]
    [InlineData("2", "elsewhere")]
    [InlineData("3", "notknee")]
    public void Recognize_ChoiceNumber_FindsThatChoice(string text, string value) =>
        Assert.Equal(value, ChoiceRecognizer.Recognize(text, Location)?.Value);

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    public void Recognize_NumberOutsideTheChoices_IsNoAnswer(string text) =>
        Assert.Null(ChoiceRecognizer.Recognize(text, Location));

    [Fact]
    public void Recognize_NumberThatIsAValue_IsThatValueNotAPosition()
    {
        List<Choice> scores = [new() { Value = "0" }, new() { Value = "1" }, new() { Value = "2" }];

        Assert.Equal("1", ChoiceRecognizer.Recognize("1", scores)?.Value);
    }

    [Theory]
    [InlineData("behnd the kneecap", "kneecap")]
    [InlineData("its behind my kneecap i think", "kneecap")]
    [InlineData("mostly at the back of the knee", "elsewhere")]
    [InlineData("kneecpa", "kneecap")]
    [InlineData("its on the outside", "elsewhere")]
    public void Recognize_PhraseInASentenceOrWithTypos_FindsTheChoice(string text, string value) =>
        Assert.Equal(value, ChoiceRecognizer.Recognize(text, Location)?.Value);

    [Fact]
    public void Recognize_LongerPhraseContainingAShorterOne_Wins() =>
        Assert.Equal("elsewhere", ChoiceRecognizer.Recognize("below the kneecap", Location)?.Value);

    [Fact]
    public void Recognize_TwoChoicesEquallyLikely_IsNoAnswerRatherThanAGuess()
    {
        List<Choice> sides = [new() { Value = "left", Synonyms = ["knee"] }, new() { Value = "right", Synonyms = ["knee"] }];

        Assert.Null(ChoiceRecognizer.Recognize("my knee", sides));
    }

    [Theory]
    [InlineData("the knee")]
    [InlineData("purple")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognize_NothingThatNamesAChoice_IsNoAnswer(string? text) =>
        Assert.Null(ChoiceRecognizer.Recognize(text, Location));

    [Fact]
    public void Recognize_NoChoices_IsNoAnswer() =>
        Assert.Null(ChoiceRecognizer.Recognize("kneecap", []));
}
