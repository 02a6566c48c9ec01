using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Integration.Hosting;

/// <summary>A figure file that breaks the rules stops the app before it serves anyone, like the exercise catalog.</summary>
public sealed class FigureStartupTests
{
    [Fact]
    public void Start_FigureWithoutItsEnd_AppFailsToStart()
    {
        JsonObject json;
        using (var stream = ContentFiles.Open(FigureLibrary.ContentPath))
        {
            json = JsonNode.Parse(stream)!.AsObject();
        }

        var wallSquats = json["figures"]!.AsArray().First(f => f!["exercise"]!.GetValue<string>() == "wall-squats")!;
        var keyframes = wallSquats["keyframes"]!.AsArray();
        keyframes.Remove(keyframes.First(k => k!["name"]!.GetValue<string>() == "end"));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:Provider", "Memory");
            builder.ConfigureTestServices(services => services.AddSingleton(sp => FigureLibrary.Parse(sp.GetRequiredService<ExerciseCatalog>(), json.ToJsonString())));
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("'wall-squats' needs its end keyframe", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception? error) => error switch
    {
        null => string.Empty,
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Flatten)),
        _ => error.Message + "\n" + Flatten(error.InnerException),
    };
}
