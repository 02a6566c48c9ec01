using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

/// <summary>Waterfall steps in order, going back a step, and looping by replacing a dialog.</summary>
public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_AnsweredInOrder_EachStepGetsThePreviousAnswer()
    {
        var bot = new DialogTestRunner(new ProfileDialog());

        await bot.SayAsync("hi");
        Assert.Equal("What's your name?", bot.Text);
        await bot.SayAsync("Ann");
        Assert.Equal("How old are you?", bot.Text);
        await bot.SayAsync("34");
        Assert.Equal("Which sport?", bot.Text);
        await bot.SayAsync("jogging");
        Assert.Equal("Shall I save that?", bot.Text);
        var result = await bot.SayAsync("yep");

        Assert.Equal("Saved: Ann, 34 (next birthday 35), running.", bot.Text);
        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(34, result.Result);
    }

    [Fact]
    public async Task Steps_ButtonClicksInsteadOfTyping_GiveTheSameAnswers()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        await bot.SayAsync("hi");

        await bot.ClickAsync("Bea");
        await bot.ClickAsync("41");
        await bot.ClickAsync("cycling");
        await bot.ClickAsync("yes");

        Assert.Equal("Saved: Bea, 41 (next birthday 42), cycling.", bot.Text);
    }

    [Fact]
    public async Task Steps_NonMessageActivity_DoesNotMoveTheWaterfall()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        await bot.SayAsync("hi");
        await bot.SayAsync("Ann");

        await bot.SendEventAsync();
        Assert.Empty(bot.Replies);
        await bot.SayAsync("34");

        Assert.Equal("Which sport?", bot.Text);
    }

    [Fact]
    public async Task StepBack_FromTheThirdQuestion_AsksTheSecondAgainAndKeepsEarlierAnswers()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "34" })
        {
            await bot.SayAsync(message);
        }

        await bot.SayAsync("back");
        Assert.Equal("How old are you?", bot.Text);
        await bot.SayAsync("35");
        Assert.Equal("Which sport?", bot.Text);
        await bot.SayAsync("swim");
        await bot.SayAsync("yes");

        Assert.Equal("Saved: Ann, 35 (next birthday 36), swimming.", bot.Text);
    }

    [Fact]
    public async Task StepBack_AtTheFirstStep_RunsItAgainAsAStepBack()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        await bot.SayAsync("hi");

        await bot.SayAsync("back");

        Assert.Equal("Once more: what's your name?", bot.Text);
        await bot.SayAsync("Cy");
        Assert.Equal("How old are you?", bot.Text);
    }

    [Fact]
    public async Task ReplaceDialog_LoopedManyTimes_KeepsTheRunningTotalAndTheStackSmall()
    {
        var bot = new DialogTestRunner(new TallyDialog());
        await bot.SayAsync("start");
        Assert.Equal("Total 0. Another number, or done?", bot.Text);
        var stackAtStart = (await bot.StoredStackAsync()).Count;

        for (var i = 1; i <= 30; i++)
        {
            await bot.SayAsync("2");
        }

        Assert.Equal("Total 60. Another number, or done?", bot.Text);
        Assert.Equal(stackAtStart, (await bot.StoredStackAsync()).Count);
        var result = await bot.SayAsync("done");
        Assert.Equal("Final total 60.", bot.Text);
        Assert.Equal(60, result.Result);
    }

    [Fact]
    public async Task Waterfall_Finished_NextMessageStartsAFreshOne()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        foreach (var message in new[] { "hi", "Ann", "34", "run", "no" })
        {
            await bot.SayAsync(message);
        }

        Assert.Equal("Not saved.", bot.Text);
        await bot.SayAsync("hello again");

        Assert.Equal("What's your name?", bot.Text);
        Assert.Equal(["profile", "text", ProfileDialog.Steps], await bot.StoredStackAsync());
    }
}
