using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Privacy;

/// <summary>The privacy notice and the "what do you know about me" and "export my data" commands, end to end over HTTP.</summary>
public sealed class PrivacyCommandTests
{
    internal static readonly string[] Check = ["hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope"];

    [Theory]
    [InlineData(null, 30)]
    [InlineData("7", 7)]
    public async Task FirstContact_PrivacyNotice_SaysWhatIsKeptWhyForHowLongAndThatTheEmployerCannotSeeIt(string? configured, int days)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(configured is null ? null : new Dictionary<string, string?> { ["Privacy:RetentionDays"] = configured });
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector);

        await person.JoinAsync();
        var notice = Assert.Single(person.Last, a => a.Text?.StartsWith("Privacy", StringComparison.Ordinal) == true).Text!;
        await person.SayAsync("hi");

        Assert.Contains("answers", notice, StringComparison.Ordinal);
        Assert.Contains("so I can coach you", notice, StringComparison.Ordinal);
        Assert.Contains($"{days} days after your last message", notice, StringComparison.Ordinal);
        Assert.Contains("employer", notice, StringComparison.Ordinal);
        Assert.Contains("delete my data", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Last, a => a.Text?.StartsWith("Privacy", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WhatDoYouKnowAboutMe_AfterTheCheck_ListsTheAnswersInWordsAndTheRetention()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp();
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var person = new ConversationDriver(client, connector);
        await person.SayAsync("what do you know about me");
        var before = person.LastText;

        await SayAllAsync(person, Check);
        await person.SayAsync("what do you know about me");

        Assert.Contains(texts.Get("privacy.nothing"), before, StringComparison.Ordinal);
        Assert.Contains("how long: 1 to 6 weeks", person.LastText, StringComparison.Ordinal);
        Assert.Contains("pain: 3/10", person.LastText, StringComparison.Ordinal);
        Assert.Contains("no warning signs", person.LastText, StringComparison.Ordinal);
        Assert.Contains("30 days", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMyData_AfterTheCheck_AttachesAReadableJsonFileOfEverythingStored()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp();
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector);
        await SayAllAsync(person, Check);

        await person.SayAsync("export my data");

        var attachment = Assert.Single(person.Last.SelectMany(a => a.Attachments ?? []));
        Assert.Equal("application/json", attachment.ContentType);
        Assert.Equal("runners-knee-coach-data.json", attachment.Name);
        Assert.StartsWith("data:application/json;base64,", attachment.ContentUrl, StringComparison.Ordinal);
        var export = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!.Split(',')[1])))!;
        Assert.Equal("aroundOrBehindKneecap", export["answers"]!["location"]!.GetValue<string>());
        Assert.Equal(3, export["answers"]!["painNow"]!.GetValue<int>());
        Assert.Equal("from18To49", export["answers"]!["age"]!.GetValue<string>());
        Assert.Equal("cleared", export["advice"]!.GetValue<string>());
        Assert.Equal(30, export["retentionDays"]!.GetValue<int>());
        Assert.Equal(person.UserId, export["conversation"]!["userId"]!.GetValue<string>());
        Assert.Contains("employer", export["about"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("pain: 3/10", export["summary"]!.GetValue<string>(), StringComparison.Ordinal);

        // The stored documents as kept, so nothing is left out of the file.
        Assert.NotNull(export["stored"]!["personState"]!["coach"]!["intake"]);
        Assert.NotNull(export["stored"]!["personState"]!["dialogState"]);
    }

    [Fact]
    public async Task ExportMyData_InTeams_GivesADownloadLinkToTheSameFileThatExpires()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(
            new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://knee.example.test/" },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector, channelId: "msteams");
        await SayAllAsync(person, Check);

        await person.SayAsync("export my data");
        var link = LinkIn(person.LastText);
        using var download = await client.GetAsync(link.PathAndQuery);
        var export = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        using var forged = await client.GetAsync(link.PathAndQuery[..^3] + "AAA");
        clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await client.GetAsync(link.PathAndQuery);

        Assert.Equal("knee.example.test", link.Host);
        Assert.DoesNotContain(person.ConversationId, link.ToString(), StringComparison.Ordinal);
        Assert.Empty(person.Last.SelectMany(a => a.Attachments ?? []));
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("runners-knee-coach-data.json", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        Assert.Equal("aroundOrBehindKneecap", export["answers"]!["location"]!.GetValue<string>());
        Assert.Equal(person.UserId, export["conversation"]!["userId"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, expired.StatusCode);
    }

    private static Uri LinkIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"\((https://[^)\s]+)\)");
        Assert.True(match.Success, text);
        return new Uri(match.Groups[1].Value);
    }

    internal static async Task SayAllAsync(ConversationDriver person, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            await person.SayAsync(text);
        }
    }
}
