using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Safety.Language;


namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>Answers to the red-flag lists, read the cautious way: corrections, symptoms that come and go, unclear answers.</summary>
public sealed class SafetyAnswerReaderTests
{
    private static readonly SafetyAnswerReader Reader = new(new SafetyLanguage());

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("No, none of those")]
    [InlineData("not really")]
    [InlineData("no, it just aches a bit")]
    [InlineData("no, only the usual ache")]
    [InlineData("no swelling and it doesn't lock")]
    [InlineData("yes... actually no, I misread")]
    [InlineData("nada")]
    public void Read_APlainNo_IsNo(string answer) => Assert.Equal(SafetyAnswer.No, Reader.Read(answer));

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah")]
    [InlineData("nope, actually hang on, yes it got stuck once")]
    [InlineData("no wait, it did give way last week")]
    [InlineData("not really, it only jams now and then")]
    [InlineData("no, but it swells up sometimes")]
    [InlineData("a bit")]
    [InlineData("kind of")]
    [InlineData("it locks on and off")]
    [InlineData("my calf is swollen")]
    [InlineData("a veces")]
    [InlineData("sí")]
    public void Read_YesSaidAnyWay_IsYes(string answer) => Assert.Equal(SafetyAnswer.Yes, Reader.Read(answer));

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("maybe")]
    [InlineData("hard to say")]
    [InlineData("no sé")]
    [InlineData("what do you mean")]
    [InlineData("")]
    public void Read_NeitherYesNorNo_IsUnclear(string answer) => Assert.Equal(SafetyAnswer.Unclear, Reader.Read(answer));

    [Theory]
    [InlineData("kneecap shifted sideways and clunked back", "no", true)]
    [InlineData("la rodilla hace un ruido raro y se mueve hacia fuera", "ninguna", true)]
    [InlineData("kneecap does a weird sideways wobble thing", "no, knee's fine", false)]
    [InlineData("knee feels good today, glutes are burning on these", "no", false)]
    [InlineData("the band keeps slipping off my foot", "neither", false)]
    [InlineData("phew these are really hard today lol", "no", false)]
    public void NeedsTheRedFlagLists_AnUnfollowedKneeMessageNotSaidToBeFine(string unfollowed, string answer, bool expected) =>
        Assert.Equal(expected, Reader.NeedsTheRedFlagLists(unfollowed, answer));

    [Fact]
    public void Load_AListMissing_StopsTheAppNamingIt()
    {
        const string json = """{"corrections":["actually"],"happensAtTimes":["sometimes"],"playedDown":["a bit"],"yes":["si"],"no":["nada"]}""";

        var error = Assert.Throws<InvalidOperationException>(() => new SafetyAnswerReader(new SafetyLanguage(), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));

        Assert.Contains("'unsure'", error.Message);
    }
}
