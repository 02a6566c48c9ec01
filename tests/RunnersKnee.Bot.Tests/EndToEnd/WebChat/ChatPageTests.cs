using System.Net;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

public sealed partial class ChatPageTests
{
    [Fact]
    public async Task Root_ServesChatPageWithReactBeforeWebChatAndNoInlineScript()
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<main", html, StringComparison.Ordinal);
        var scripts = ScriptTag().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.Equal(["lib/react.production.min.js", "lib/react-dom.production.min.js", "lib/webchat.js", "js/timer-core.js", "js/workout-state.js", "js/timer.js", "js/past-cards.js", "js/chat.js"], scripts);
        Assert.Equal(scripts.Count, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("/lib/webchat.js")]
    [InlineData("/lib/react.production.min.js")]
    [InlineData("/lib/react-dom.production.min.js")]
    [InlineData("/js/chat.js")]
    public async Task BrowserFiles_BuiltFromNpm_AreServedLocally(string path)
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    // Only external scripts: an inline one would need 'unsafe-inline' in a Content-Security-Policy.
    [GeneratedRegex("""<script src="(?<src>[^"]+)"></script>""")]
    private static partial Regex ScriptTag();
}
