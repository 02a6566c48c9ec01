using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Fuzz;

/// <summary>
/// More than 10,000 generated and mutated requests (seeded from real channel payloads, fixed random seed) through
/// the real HTTP pipeline of one app, in parallel. Fails on any 5xx, any error logged (an unhandled exception, a
/// failed turn), any apology sent to a person, or any stored document that no longer reads; afterwards fuzzed
/// conversations and a fresh one must still complete the check.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20251008;
    private const int Conversations = 250;
    private const int StepsPerConversation = 36;
    private const int DirectLineConversations = 20;
    private const int StepsPerDirectLineConversation = 50;
    private const int EndpointRequests = 600;

    private static readonly string[] Channels = ["msteams", "webchat", "directline", "emulator"];

    [Fact]
    public async Task Fuzz_TenThousandGeneratedAndMutatedRequests_NoServerErrorNoFailedTurnNoCorruptState()
    {
        var logs = new LogCapture();
        var channel = new RecordingChannel();
        await using var app = new BotApp(
            new Dictionary<string, string?>
            {
                ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-fuzz-" + Guid.NewGuid().ToString("N")),
                ["Security:RateLimits:DirectLinePerClient:PermitLimit"] = "1000000",
                ["Security:RateLimits:PageTokenPerClient:PermitLimit"] = "1000000",
            },
            services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddSingleton<IInProcessChannel>(channel);
                KeyTrackingStorage.Install(services);
            });
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var seeds = LoadSeeds();
        var failures = new ConcurrentQueue<string>();
        var sent = 0;

        async Task SendAsync(FuzzRequest request)
        {
            using var message = new HttpRequestMessage(request.Method, request.Path);
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                if (request.ContentType is not null)
                {
                    message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
                }
            }

            if (request.BearerToken is not null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + request.BearerToken);
            }

            using var response = await client.SendAsync(message);
            Interlocked.Increment(ref sent);
            var status = (int)response.StatusCode;
            if (status >= 500 || (status >= 400 && !await HasShortReasonAsync(response, request)))
            {
                failures.Enqueue($"{status} {await response.Content.ReadAsStringAsync()}\n  for {request}");
            }
        }

        // /api/messages: each conversation in order (so it gets deep into the check and the workout), many at once.
        await Parallel.ForEachAsync(Enumerable.Range(0, Conversations), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (index, _) =>
        {
            var fuzzer = new ActivityFuzzer(new Random(Seed + index), seeds, channel, Channels[index % Channels.Length], $"fuzz-{index}", $"fuzz-user-{index}");
            for (var step = 0; step < StepsPerConversation; step++)
            {
                await SendAsync(fuzzer.Next());
            }
        });

        // The embedded Direct Line: the same activities posted by Web Chat clients, then junk at every other endpoint.
        var directLine = await StartDirectLineConversationsAsync(client);
        await Parallel.ForEachAsync(Enumerable.Range(0, DirectLineConversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, _) =>
        {
            var (conversationId, token) = directLine[index];
            var fuzzer = new ActivityFuzzer(new Random(Seed - index - 1), seeds, channel, "webchat", conversationId, "ignored");
            for (var step = 0; step < StepsPerDirectLineConversation; step++)
            {
                var request = fuzzer.Next();
                await SendAsync(request with { Path = $"/v3/directline/conversations/{conversationId}/activities", BearerToken = token });
            }
        });
        var endpoints = new EndpointFuzzer(new Random(Seed), directLine);
        var junk = Enumerable.Range(0, EndpointRequests).Select(_ => endpoints.Next()).ToList();
        await Parallel.ForEachAsync(junk, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (request, _) => await SendAsync(request));

        Assert.True(sent >= 10_000, $"Only {sent} requests were sent.");
        var errors = logs.AtLeast(LogLevel.Error);
        Assert.True(
            failures.IsEmpty && errors.Count == 0,
            $"{failures.Count} bad answers, e.g.:\n{string.Join("\n", failures.Take(10))}\n{errors.Count} errors logged, e.g.:\n{string.Join("\n", errors.DistinctBy(e => e.Exception?[..Math.Min(300, e.Exception.Length)]).Take(8))}");
        var apologies = channel.Texts.Count(t => t == texts.Get("error.general") || t == texts.Get("error.storage"));
        Assert.True(apologies == 0, $"{apologies} apologies for failed turns were sent.");

        // The run must get deep, not bounce off the front door: many conversations reached the workout, whose first
        // step is the pain before it (a fuzzed tap there may make it a rest day). (Fuzzed text is often a long message
        // the coach cannot follow, which now brings the direct safety question first.)
        var firstExercise = app.Services.GetRequiredService<WorkoutPlan>().ExerciseAt(new WorkoutPosition(0, 0, 0)).Name;
        var painBefore = texts.Get("painBefore.question");
        var workouts = Enumerable.Range(0, Conversations).Count(i => channel.TextsOf($"fuzz-{i}").Any(t => t.Contains(firstExercise, StringComparison.Ordinal) || t == painBefore));
        Assert.True(workouts >= Conversations / 10, $"Only {workouts} of {Conversations} conversations reached the workout.");
        await AssertStoredStateReadsAsync(app.Services.GetRequiredService<KeyTrackingStorage>());
        await AssertConversationsStillWorkAsync(client, channel, seeds, texts);
    }

    /// <summary>Every document the app stored is a JSON object, and every conversation's state still deserializes.</summary>
    private static async Task AssertStoredStateReadsAsync(KeyTrackingStorage storage)
    {
        var documents = await storage.ReadAllAsync();
        foreach (var (key, content) in documents)
        {
            var document = Assert.IsType<JsonObject>(JsonNode.Parse(content), exactMatch: false);
            if (key.Contains("/conversations/", StringComparison.Ordinal))
            {
                document["coach"]?.Deserialize<CoachState>(BotJson.Options);
                document["dialogState"]?.Deserialize<DialogState>(BotJson.Options);
            }
        }

        Assert.NotEmpty(documents);
    }

    /// <summary>A fresh conversation and a sample of fuzzed ones (after "start over") get through the whole check to the advice.</summary>
    private static async Task AssertConversationsStillWorkAsync(HttpClient client, RecordingChannel channel, IReadOnlyList<JsonObject> seeds, TextCatalog texts)
    {
        string[] check = ["behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "nope"];
        foreach (var (conversationId, opener) in new[] { ("fresh-after-fuzz", "hi"), ("fuzz-0", "start over"), ("fuzz-1", "start over"), ("fuzz-7", "start over"), ("fuzz-42", "start over") })
        {
            var person = new ActivityFuzzer(new Random(Seed), seeds, channel, "msteams", conversationId, "fuzz-user-check");
            foreach (var text in check.Prepend(opener))
            {
                using var response = await client.PostAsync("/api/messages", new ByteArrayContent(JsonMutator.Serialize(person.FreshMessage(text))) { Headers = { ContentType = new("application/json") } });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Contains(texts.Get("advice.title"), channel.TextsOf(conversationId));
        }
    }

    private static async Task<bool> HasShortReasonAsync(HttpResponseMessage response, FuzzRequest request)
    {
        // Kestrel refuses some requests before the app sees them (a NUL in the path, an 8 KB request line) and closes the connection.
        if (response.Headers.ConnectionClose == true && response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong or HttpStatusCode.RequestHeaderFieldsTooLarge)
        {
            return true;
        }

        var body = await response.Content.ReadAsStringAsync();
        try
        {
            var message = JsonNode.Parse(body)?["error"]?["message"]?.GetValue<string>();
            return !string.IsNullOrWhiteSpace(message) && message.Length <= 300;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<List<(string ConversationId, string Token)>> StartDirectLineConversationsAsync(HttpClient client)
    {
        var started = new List<(string, string)>();
        for (var i = 0; i < DirectLineConversations; i++)
        {
            using var tokenResponse = await client.PostAsync("/api/directline/token", null);
            var page = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
            var (conversationId, token) = (page["conversationId"]!.GetValue<string>(), page["token"]!.GetValue<string>());
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Headers = { Authorization = new("Bearer", token) } };
            using var startResponse = await client.SendAsync(start);
            Assert.Equal(HttpStatusCode.Created, startResponse.StatusCode);
            started.Add((conversationId, token));
        }

        return started;
    }

    /// <summary>The real channel payloads (sources in Schema/Payloads/README.md), copied next to the test assembly.</summary>
    private static List<JsonObject> LoadSeeds()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Payloads");
        var seeds = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(file => JsonNode.Parse(File.ReadAllText(file))!.AsObject()).ToList();
        Assert.True(seeds.Count >= 5, $"Expected the real payloads in {directory}.");
        return seeds;
    }
}
