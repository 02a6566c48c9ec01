using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

public sealed class FuzzyTextTests
{
    [Theory]
    [InlineData("behnd", "behind")]
    [InlineData("kneecpa", "kneecap")]
    [InlineData("swimmming", "swimming")]
    [InlineData("stiarcsae", "staircase")]
    [InlineData("help", "help")]
    public void IsCloseTo_TyposAllowedForTheWordLength_IsTrue(string word, string target) =>
        Assert.True(FuzzyText.IsCloseTo(word, target));

    [Theory]
    [InlineData("no", "on")]
    [InlineData("yse", "yes")]
    [InlineData("6", "8")]
    [InlineData("10", "16")]
    [InlineData("behindd", "bend")]
    [InlineData("kneeeecap", "kneecap")]
    [InlineData("stiracsae", "staircase")]
    public void IsCloseTo_ShortWordsNumbersAndTooManySlips_IsFalse(string word, string target) =>
        Assert.False(FuzzyText.IsCloseTo(word, target));

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_TwoWords_CountsEditsWithASwapAsOne(string a, string b, int distance) =>
        Assert.Equal(distance, FuzzyText.Distance(a, b));

    [Theory]
    [InlineData("dnoe", "done", true)]
    [InlineData("nien", "nine", true)]
    [InlineData("stpo", "stop", true)]
    [InlineData("dont", "done", false)]
    [InlineData("done", "done", false)]
    [InlineData("odne", "done", true)]
    [InlineData("dno", "done", false)]
    public void IsSwap_Words_IsTrueOnlyForTwoNeighboursSwapped(string word, string target, bool swap) =>
        Assert.Equal(swap, FuzzyText.IsSwap(word, target));

    [Theory]
    [InlineData("its behind the kneecap", "behind the kneecap", 1.0)]
    [InlineData("behnd my kneecap", "behind the kneecap", 2.0 / 3)]
    [InlineData("kneecap behind the", "behind the kneecap", 2.0 / 3)]
    [InlineData("hip", "behind the kneecap", 0)]
    [InlineData("anything", "", 0)]
    public void PhraseCoverage_WordsOfAPhraseInOrder_IsTheShareFound(string text, string phrase, double coverage) =>
        Assert.Equal(coverage, FuzzyText.PhraseCoverage(TextNormalizer.Words(text), TextNormalizer.Words(phrase)), 6);
}
