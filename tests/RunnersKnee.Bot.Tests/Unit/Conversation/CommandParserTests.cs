using RunnersKnee.Bot.Conversation.Commands;


namespace RunnersKnee.Bot.Tests.Unit.Conversation;

public sealed class CommandParserTests
{
    private readonly CommandParser _sut = new(new RunnersKnee.Bot.Safety.Language.SafetyLexicon());

    [Theory]
    [InlineData("what's next", CommandKind.WhatsNext)]
    [InlineData("What’s next?", CommandKind.WhatsNext)]
    [InlineData("wats next", CommandKind.WhatsNext)]
    [InlineData("whats nxt", CommandKind.WhatsNext)]
    [InlineData("next", CommandKind.WhatsNext)]
    [InlineData("where am i", CommandKind.WhereAmI)]
    [InlineData("how many left", CommandKind.HowManyLeft)]
    [InlineData("how many more?", CommandKind.HowManyLeft)]
    [InlineData("repeat", CommandKind.Repeat)]
    [InlineData("say that again", CommandKind.Repeat)]
    [InlineData("skip", CommandKind.Skip)]
    [InlineData("skpi", CommandKind.Skip)]
    [InlineData("skip this one", CommandKind.Skip)]
    [InlineData("back", CommandKind.Back)]
    [InlineData("go back", CommandKind.Back)]
    [InlineData("pause", CommandKind.Pause)]
    [InlineData("hold on", CommandKind.Pause)]
    [InlineData("resume", CommandKind.Resume)]
    [InlineData("carry on", CommandKind.Resume)]
    [InlineData("stop", CommandKind.Stop)]
    [InlineData("stpo", CommandKind.Stop)]
    [InlineData("I'm done for today", CommandKind.Stop)]
    [InlineData("start over", CommandKind.StartOver)]
    [InlineData("restart", CommandKind.StartOver)]
    [InlineData("help", CommandKind.Help)]
    [InlineData("hepl", CommandKind.Help)]
    [InlineData("easier", CommandKind.Easier)]
    [InlineData("make it easier", CommandKind.Easier)]
    [InlineData("standard", CommandKind.Standard)]
    [InlineData("harder", CommandKind.Standard)]
    [InlineData("back to normal", CommandKind.Standard)]
    [InlineData("done", CommandKind.Done)]
    [InlineData("Done!", CommandKind.Done)]
    [InlineData("dnoe", CommandKind.Done)]
    [InlineData("done set", CommandKind.Done)]
    [InlineData("start workout", CommandKind.StartWorkout)]
    [InlineData("start timer", CommandKind.StartTimer)]
    [InlineData("hi", CommandKind.Start)]
    [InlineData("what do you know about me", CommandKind.PrivacySummary)]
    [InlineData("export my data", CommandKind.PrivacyExport)]
    [InlineData("my progress", CommandKind.Progress)]
    [InlineData("how am I doing", CommandKind.Progress)]
    [InlineData("mi progreso", CommandKind.Progress)]
    [InlineData("summary for my physio", CommandKind.PhysioSummary)]
    [InlineData("physio summary", CommandKind.PhysioSummary)]
    [InlineData("resumen para mi fisio", CommandKind.PhysioSummary)]
    [InlineData("delete my data", CommandKind.PrivacyDelete)]
    [InlineData("reset my plan", CommandKind.ResetPlan)]
    [InlineData("reiniciar mi plan", CommandKind.ResetPlan)]
    [InlineData("reset", CommandKind.StartOver)]
    public void Parse_Command_IsRecognized(string text, CommandKind kind) =>
        Assert.Equal(kind, _sut.Parse(text)?.Kind);

    [Theory]
    [InlineData("ok next", CommandKind.WhatsNext)]
    [InlineData("please skip", CommandKind.Skip)]
    [InlineData("um pause", CommandKind.Pause)]
    [InlineData("so what's next", CommandKind.WhatsNext)]
    [InlineData("ok stop", CommandKind.Stop)]
    [InlineData("next please", CommandKind.WhatsNext)]
    [InlineData("done thanks", CommandKind.Done)]
    public void Parse_CommandWithFiller_IsRecognized(string text, CommandKind kind) =>
        Assert.Equal(kind, _sut.Parse(text)?.Kind);

    [Theory]
    [InlineData("I usually stop running when it starts hurting on the stairs")]
    [InlineData("stop when the timer ends")]
    [InlineData("back of the knee")]
    [InlineData("next to the kneecap")]
    [InlineData("behind the kneecap")]
    [InlineData("dont know")]
    [InlineData("step")]
    [InlineData("text")]
    [InlineData("yes")]
    [InlineData("nope")]
    [InlineData("I'm 34")]
    [InlineData("a few days")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData(null)]
    public void Parse_AnswerOrLongSentence_IsNotACommand(string? text) =>
        Assert.Null(_sut.Parse(text));

    [Theory]
    [InlineData("stop, I want to kill myself", CommandKind.Crisis)]
    [InlineData("help, I think I'm having chest pain", CommandKind.Emergency)]
    [InlineData("skip it, I can't breathe properly today and I'm scared", CommandKind.Emergency)]
    [InlineData("help my knee is swollen", CommandKind.SymptomReport)]
    [InlineData("skip, it just locked up", CommandKind.SymptomReport)]
    [InlineData("that hurt 7/10 and now it's swelling", CommandKind.SymptomReport)]
    [InlineData("I was doing the side steps and then my knee gave way completely", CommandKind.SymptomReport)]
    [InlineData("that hurt 6/10", CommandKind.PainReport)]
    public void Parse_SafetyLanguage_WinsOverAnyCommandOrLength(string text, CommandKind kind) =>
        Assert.Equal(kind, _sut.Parse(text)?.Kind);

    [Theory]
    [InlineData("set my goal to 4", 4)]
    [InlineData("my goal is five sessions a week", 5)]
    [InlineData("objetivo 3", 3)]
    [InlineData("set my goal to 9", 9)]
    public void Parse_WeeklyGoal_CarriesTheNumber(string text, int goal) =>
        Assert.Equal(new Command(CommandKind.SetGoal, Goal: goal), _sut.Parse(text));

    [Fact]
    public void Parse_PainReport_CarriesTheScore() =>
        Assert.Equal(new Command(CommandKind.PainReport, 6), _sut.Parse("ouch, that hurt about 6 out of 10"));

    [Theory]
    [InlineData("Pause", CommandKind.Pause)]
    [InlineData("startworkout", CommandKind.StartWorkout)]
    [InlineData("DONE", CommandKind.Done)]
    public void FromName_ButtonCommandName_IsRecognizedIgnoringCase(string name, CommandKind kind) =>
        Assert.Equal(kind, CommandParser.FromName(name)?.Kind);

    [Theory]
    [InlineData("dance")]
    [InlineData("")]
    [InlineData(null)]
    public void FromName_UnknownName_IsNoCommand(string? name) =>
        Assert.Null(CommandParser.FromName(name));

    [Theory]
    [InlineData("I'm OK now")]
    [InlineData("i've been seen")]
    [InlineData("ya estoy bien")]
    public void Parse_SafeNow_IsTheOnlyWayToAskForTheLockToOpen(string text) =>
        Assert.Equal(CommandKind.SafeNow, _sut.Parse(text)?.Kind);
}
