using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Privacy;

/// <summary>
/// "Delete my data" on every store the app can run on: after the confirmation nothing about the person is left in
/// the state documents, the files, the blobs or the pending timers, and the bot says so.
/// </summary>
public sealed class PrivacyEraseTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // Reaches a workout, finishes a set (a "rest over" timer), pauses (a "resume reminder" timer), and asks for an export link.
    private static readonly string[] ToPausedWorkout = [.. PrivacyCommandTests.Check, "yes", "skip", "done", "pause", "summary for my physio", "export my data"];

    [Theory]
    [InlineData("Memory")]
    [InlineData("File")]
    [InlineData("Blob")]
    public async Task DeleteMyData_Confirmed_LeavesNothingAboutThePersonInAnyStore(string store)
    {
        var folder = Directory.CreateTempSubdirectory("rk-erase-").FullName;
        var container = "erase-" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = store,
            ["Storage:File:Directory"] = Path.Combine(folder, "state"),
            ["Timers:Local:Directory"] = Path.Combine(folder, "timers"),
            ["Bot:PublicBaseUrl"] = "https://knee.example.test",
        };
        if (store == "Blob")
        {
            settings["Storage:Blob:ConnectionString"] = azurite.Server.ConnectionString;
            settings["Storage:Blob:ContainerName"] = container;
            settings["Timers:Queue:QueueName"] = container;
        }

        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(settings, KeyTrackingStorage.Install);
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var storage = app.Services.GetRequiredService<KeyTrackingStorage>();
        var person = new ConversationDriver(client, connector, channelId: "msteams", conversationId: "a:erase-" + Guid.NewGuid().ToString("N"));
        await PrivacyCommandTests.SayAllAsync(person, ToPausedWorkout);
        var traces = new[] { person.ConversationId, Uri.EscapeDataString(person.ConversationId), person.UserId, "kneecap" };
        var before = await EverythingStoredAsync(store, storage, folder, azurite, container);

        await person.SayAsync("delete my data");
        var question = person.LastText;
        await person.SayAsync("yes");

        Assert.Contains(texts.Get("privacy.deleteQuestion"), question, StringComparison.Ordinal);
        Assert.Contains(texts.Get("privacy.deleted"), person.LastText, StringComparison.Ordinal);
        Assert.Contains(before, item => item.Contains(person.ConversationId, StringComparison.Ordinal) || item.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal));
        Assert.Contains(before, item => item.StartsWith("timer", StringComparison.Ordinal));
        Assert.Contains(before, item => item.Contains("links", StringComparison.Ordinal));
        var after = await EverythingStoredAsync(store, storage, folder, azurite, container);
        foreach (var item in after)
        {
            Assert.DoesNotContain(traces, trace => item.Contains(trace, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(after, item => item.StartsWith("timer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteMyData_Declined_KeepsEverything()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(new Dictionary<string, string?> { ["Timers:Local:Directory"] = Directory.CreateTempSubdirectory("rk-keep-").FullName });
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var person = new ConversationDriver(client, connector);
        await PrivacyCommandTests.SayAllAsync(person, PrivacyCommandTests.Check);

        await person.SayAsync("delete my data");
        await person.SayAsync("no");
        var answer = person.LastText;
        await person.SayAsync("what do you know about me");

        Assert.Contains(texts.Get("privacy.notDeleted"), answer, StringComparison.Ordinal);
        Assert.Contains("pain: 3/10", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_InTheWebChat_ErasesTheChatHistoryTheServerKeeps()
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        var page = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var (conversationId, token) = (page["conversationId"]!.GetValue<string>(), page["token"]!.GetValue<string>());
        await DirectLineAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        foreach (var text in new[] { "hi", "behind the kneecap", "delete my data", "yes" })
        {
            await DirectLineAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, $$"""{"type":"message","text":"{{text}}"}""");
        }

        var log = await DirectLineAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token);

        Assert.DoesNotContain("kneecap", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Where does your knee hurt", log, StringComparison.Ordinal);
        Assert.Contains(texts.Get("privacy.deleted").Replace("'", "\\u0027", StringComparison.Ordinal)[..20], log, StringComparison.Ordinal);
    }

    /// <summary>Every stored item as "name content": documents the app wrote, and whatever lies in its folders or container.</summary>
    private static async Task<List<string>> EverythingStoredAsync(string store, KeyTrackingStorage storage, string folder, AzuriteFixture azurite, string container)
    {
        var items = (await storage.ReadAllAsync()).Select(d => $"{(d.Key.StartsWith("timers/", StringComparison.Ordinal) ? "timer" : "state")} {d.Key} {d.Value}").ToList();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var kind = file.StartsWith(Path.Combine(folder, "timers"), StringComparison.Ordinal) ? "timer" : "file";
            items.Add($"{kind} {Path.GetFileName(file)} {await File.ReadAllTextAsync(file)}");
        }

        if (store == "Blob")
        {
            var blobs = new BlobContainerClient(azurite.Server.ConnectionString, container);
            await foreach (var blob in blobs.GetBlobsAsync())
            {
                var content = (await blobs.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString();
                items.Add($"{(blob.Name.StartsWith("timers", StringComparison.Ordinal) ? "timer" : "blob")} {Uri.UnescapeDataString(blob.Name)} {content}");
            }
        }

        return items;
    }

    private static async Task<string> DirectLineAsync(HttpClient client, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
