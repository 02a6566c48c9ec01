using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>How the reviewed safety words read what people type: wordings, denials, vague words, Spanish.</summary>
public sealed class SafetyLanguageTests
{
    private static readonly SafetyLanguage Safety = new();

    [Theory]
    [InlineData("there's a crushing feeling in my chest")]
    [InlineData("feels like pressure on my chest and it's spreading")]
    [InlineData("my left arm hurts and so does my jaw, pain down my arm")]
    [InlineData("I can't catch my breath and the room is spinning")]
    [InlineData("my husband's speech is slurred")]
    [InlineData("she collapsed on the mat")]
    [InlineData("No, I have chest pain")]
    [InlineData("tengo dolor en el pecho")]
    [InlineData("no puedo respirar")]
    public void Emergency_AsPeopleSayIt(string text) => Assert.Equal(SafetyLanguageMatch.Emergency, Read(text));

    [Theory]
    [InlineData("honestly I don't want to be alive anymore")]
    [InlineData("everyone would be better off without me")]
    [InlineData("I keep thinking about cutting myself")]
    [InlineData("i want to end it all")]
    [InlineData("no quiero vivir")]
    [InlineData("im sucidal")]
    public void Crisis_IndirectWordingsToo(string text) => Assert.Equal(SafetyLanguageMatch.Crisis, Read(text));

    [Theory]
    [InlineData("I feel a bit dizzy")]
    [InlineData("my chest feels weird")]
    [InlineData("is this urgent?")]
    [InlineData("me siento mareado")]
    public void Vague_AsksInsteadOfGuessing(string text) => Assert.Equal(SafetyLanguageMatch.CheckEmergency, Read(text));

    [Theory]
    [InlineData("I just feel hopeless about everything")]
    [InlineData("I can't go on like this")]
    public void VagueCrisis_AsksInsteadOfGuessing(string text) => Assert.Equal(SafetyLanguageMatch.CheckCrisis, Read(text));

    [Theory]
    [InlineData("no chest pain, just the knee")]
    [InlineData("I don't have any chest pain")]
    [InlineData("this isn't urgent, it just nags at me")]
    [InlineData("not an emergency, the knee aches on stairs")]
    [InlineData("I painted the fence yesterday and my knee ached after")]
    [InlineData("stairs hurt 3/10")]
    [InlineData("sin dolor en el pecho")]
    public void DeniedOrUnrelated_IsNotAnEmergency(string text) =>
        Assert.True(Read(text) is not (SafetyLanguageMatch.Emergency or SafetyLanguageMatch.Crisis or SafetyLanguageMatch.CheckEmergency), $"\"{text}\" read as {Read(text)}");

    [Theory]
    [InlineData("No, I have chest pain")]
    [InlineData("no. my chest hurts")]
    [InlineData("no, me duele el pecho")]
    public void AFirstNoThatAnswersAQuestion_DoesNotDenyWhatFollows(string text) =>
        Assert.Equal(SafetyLanguageMatch.Emergency, Safety.Classify(text));

    [Theory]
    [InlineData("no it doesn't lock")]
    [InlineData("it has never locked")]
    [InlineData("no, I can walk fine")]
    [InlineData("it looks fine")]
    [InlineData("I looked at the card")]
    [InlineData("nunca se ha bloqueado")]
    [InlineData("no está hinchada")]
    public void DeniedOrLookalikeWords_AreNotRedFlags(string text) => Assert.Equal(SafetyLanguageMatch.None, Safety.Classify(text));

    [Theory]
    [InlineData("I fell off my bike last week")]
    [InlineData("me caí corriendo")]
    public void ARecentFall_IsAnInjury(string text) => Assert.Equal(SafetyLanguageMatch.Injury, Safety.Classify(text));

    [Theory]
    [InlineData("chest was burning on the hill reps earlier lol jk its my quads", SafetyLanguageMatch.CheckEmergency)]
    [InlineData("my chest is killing me... just kidding, its my hammies", SafetyLanguageMatch.CheckEmergency)]
    [InlineData("i want to die lol jk these squats tho", SafetyLanguageMatch.CheckCrisis)]
    [InlineData("me duele el pecho, es broma, son los gemelos", SafetyLanguageMatch.CheckEmergency)]
    public void AnEmergencyOrCrisisTakenBackAsAJoke_IsAskedAbout(string text, SafetyLanguageMatch expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("im not kidding, my chest really hurts", SafetyLanguageMatch.Emergency)]
    [InlineData("no es broma, me duele el pecho", SafetyLanguageMatch.Emergency)]
    [InlineData("not joking i want to kill myself", SafetyLanguageMatch.Crisis)]
    public void ADeniedJoke_StillGetsTheRoute(string text, SafetyLanguageMatch expected) =>
        Assert.Equal(expected, Read(text));

    private static SafetyLanguageMatch Read(string text) => Safety.Classify(TextNormalizer.Words(text));
}
