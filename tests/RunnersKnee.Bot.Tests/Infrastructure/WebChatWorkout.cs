using Microsoft.Playwright;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>The quickest honest path to the workout in the real chat page: the check, answered by typing.</summary>
public static class WebChatWorkout
{
    public static async Task<ChatPage> ReachAsync(BotApp app, IPage page)
    {
        var chat = new ChatPage(page);
        await page.GotoAsync(app.BaseAddress.ToString());
        await chat.SeeAsync("Runner");
        foreach (var (answer, next) in new[]
        {
            ("start", "Where does your knee hurt?"), ("kneecap", "How does it feel?"), ("ache", "What brings it on?"),
            ("running", "How long have you had it?"), ("2 weeks", "gradually"), ("gradually", "right now"), ("2", "age group"),
            ("30", "Safety check"), ("no", "And do"), ("no", "Ready for the strength workout?"), ("yes", "Before we start"), ("skip", "Side Steps"),
        })
        {
            await chat.TypeAsync(answer);
            await chat.SeeAsync(next);
        }

        return chat;
    }

    /// <summary>Types "skip" <paramref name="exercises"/> times and waits for the card of <paramref name="name"/>.</summary>
    public static async Task SkipToAsync(ChatPage chat, int exercises, string name)
    {
        for (var i = 0; i < exercises; i++)
        {
            await chat.TypeAsync("skip");
            await chat.SeeCountAsync("Skipped", i + 1);
        }

        await chat.SeeAsync(name);
    }
}
