using RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

namespace RunnersKnee.BotFramework.Tests.Dialogs;

/// <summary>Prompts: retry when the answer is not understood or not accepted, and the buttons they offer.</summary>
public sealed class PromptTests
{
    [Theory]
    [InlineData("old enough")]
    [InlineData("")]
    public async Task NumberPrompt_NoNumber_AsksWithTheRetryPromptAndStaysPut(string answer)
    {
        var bot = await AtAgeAsync();

        await bot.SayAsync(answer);

        Assert.Equal("Please give an age from 1 to 120.", bot.Text);
        await bot.SayAsync("quite old");
        Assert.Equal("Please give an age from 1 to 120.", bot.Text);
        await bot.SayAsync("twenty-two");
        Assert.Equal("Which sport?", bot.Text);
    }

    [Fact]
    public async Task NumberPrompt_ValidatorRejects_SaysWhyAndCountsTheAttempts()
    {
        var bot = await AtAgeAsync();

        await bot.SayAsync("200");
        Assert.Equal("200 can't be right (try 1). Please give an age from 1 to 120.", bot.Text);
        await bot.SayAsync("0");
        Assert.Equal("0 can't be right (try 2). Please give an age from 1 to 120.", bot.Text);
        await bot.SayAsync("I'm 44");

        Assert.Equal("Which sport?", bot.Text);
    }

    [Fact]
    public async Task ChoicePrompt_ShowsItsChoicesAsQuickReplies()
    {
        var bot = await AtAgeAsync();

        await bot.SayAsync("34");

        var actions = bot.Replies.Single().SuggestedActions!.Actions;
        Assert.Equal(["Running", "Cycling", "Swimming"], actions.Select(a => a.Title));
        Assert.All(actions, action => Assert.Equal("imBack", action.Type));
        Assert.Equal("expectingInput", bot.Replies.Single().InputHint);
    }

    [Theory]
    [InlineData("2", "cycling")]
    [InlineData("on my bike mostly", "cycling")]
    [InlineData("Swimmming", "swimming")]
    [InlineData("RUNNING!", "running")]
    public async Task ChoicePrompt_AnswerByNumberSynonymOrTypo_PicksTheChoice(string answer, string sport)
    {
        var bot = await AtAgeAsync();
        await bot.SayAsync("34");

        await bot.SayAsync(answer);
        await bot.SayAsync("yes");

        Assert.EndsWith($"{sport}.", bot.Text);
    }

    [Fact]
    public async Task ChoicePrompt_AnswerNotAChoice_AsksAgainWithTheRetryPromptAndButtons()
    {
        var bot = await AtAgeAsync();
        await bot.SayAsync("34");

        await bot.SayAsync("tennis");

        Assert.Equal("Pick running, cycling or swimming.", bot.Text);
        Assert.Equal(3, bot.Replies.Single().SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task ConfirmPrompt_OffersYesAndNoAndRetriesOnMaybe()
    {
        var bot = await AtAgeAsync();
        await bot.SayAsync("34");
        await bot.SayAsync("run");
        Assert.Equal(["Yes", "No"], bot.Replies.Single().SuggestedActions!.Actions.Select(a => a.Title));

        await bot.SayAsync("maybe");
        Assert.Equal("Please answer yes or no.", bot.Text);
        await bot.SayAsync("nah");

        Assert.Equal("Not saved.", bot.Text);
    }

    private static async Task<DialogTestRunner> AtAgeAsync()
    {
        var bot = new DialogTestRunner(new ProfileDialog());
        await bot.SayAsync("hi");
        await bot.SayAsync("Ann");
        Assert.Equal("How old are you?", bot.Text);
        return bot;
    }
}
