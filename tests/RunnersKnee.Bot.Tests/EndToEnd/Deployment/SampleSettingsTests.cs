using System.Text.Json;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>appsettings.sample.json documents exactly the settings the bot reads: none missing, none invented.</summary>
public sealed class SampleSettingsTests
{
    [Fact]
    public void SampleSettings_Keys_AreExactlyTheKeysTheBotReads()
    {
        var sample = Flatten(JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "appsettings.sample.json"))).RootElement, prefix: null)
            .Where(key => !key.StartsWith("//", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = BotConfigurationKeys.All;

        var undocumented = read.Where(key => !sample.Contains(key)).Order().ToList();
        var invented = sample.Where(key => !read.Contains(key)).Order().ToList();

        Assert.True(undocumented.Count == 0, "Read by the bot but missing from appsettings.sample.json: " + string.Join(", ", undocumented));
        Assert.True(invented.Count == 0, "In appsettings.sample.json but read by nothing: " + string.Join(", ", invented));
    }

    private static IEnumerable<string> Flatten(JsonElement element, string? prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield return prefix!;
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            var key = prefix is null ? property.Name : prefix + ":" + property.Name;
            foreach (var leaf in Flatten(property.Value, key))
            {
                yield return leaf;
            }
        }
    }
}
