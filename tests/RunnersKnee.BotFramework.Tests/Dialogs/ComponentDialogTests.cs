using RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

/// <summary>A component dialog answers interruptions before its inner dialogs, then asks the same question again.</summary>
public sealed class ComponentDialogTests
{
    [Theory]
    [InlineData(1, "What's your name?")]
    [InlineData(2, "How old are you?")]
    [InlineData(3, "Which sport?")]
    [InlineData(4, "Shall I save that?")]
    public async Task Help_AtAnyQuestion_AnswersThenRepeatsThatQuestion(int answered, string question)
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "34", "run" }.Take(answered))
        {
            await bot.SayAsync(message);
        }

        await bot.SayAsync("help");

        Assert.Equal(["I'm asking a few questions about you.", question], bot.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Help_DuringARetry_DoesNotCountAsAnAttemptOrLoseAnswers()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "500" })
        {
            await bot.SayAsync(message);
        }

        await bot.SayAsync("help");
        await bot.SayAsync("300");
        Assert.Equal("300 can't be right (try 2). Please give an age from 1 to 120.", bot.Text);
        foreach (var message in new[] { "50", "bike", "yes" })
        {
            await bot.SayAsync(message);
        }

        Assert.Equal("Saved: Ann, 50 (next birthday 51), cycling.", bot.Text);
    }

    [Fact]
    public async Task Cancel_MidWay_EndsTheComponentAndTheNextMessageStartsOver()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        await bot.SayAsync("hi");
        await bot.SayAsync("Ann");

        await bot.SayAsync("cancel");
        Assert.Equal("Cancelled.", bot.Text);
        await bot.SayAsync("hi again");

        Assert.Equal("What's your name?", bot.Text);
        Assert.Equal(["profile", "text", ProfileDialog.Steps], await bot.StoredStackAsync());
    }

    [Fact]
    public async Task Reprompt_FromTheOuterStackMidTurn_RepeatsTheQuestionJustStartedAndKeepsIt()
    {
        var bot = new DialogTestRunner(new ReenteringDialog());
        await bot.SayAsync("hi");

        await bot.SayAsync("switch");

        Assert.Equal(["Second question?", "Second question?"], bot.Replies.Select(r => r.Text));
        Assert.Equal(["reentering", "second", "first"], await bot.StoredStackAsync());
        await bot.SayAsync("ok");
        Assert.Equal(["reentering", "first"], await bot.StoredStackAsync());
    }
}
