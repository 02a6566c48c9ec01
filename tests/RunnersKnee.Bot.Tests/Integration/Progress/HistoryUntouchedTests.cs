using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Progress;

/// <summary>
/// The person's history (up to 60 sessions) lives in the document every turn reads and writes. An ordinary turn in a
/// workout does not ask for it, so it must go back to the store exactly as it was stored: not read, changed or
/// re-encoded. A marker the app does not know, written in an escaping the app would not use, must survive.
/// </summary>
public sealed class HistoryUntouchedTests
{
    private const string Marker = "\"reviewMarker\":\"caf\\u00e9\",";

    [Fact]
    public async Task OrdinaryTurnsInAWorkout_LeaveTheStoredHistoryAsItWas()
    {
        var folder = CoachHarness.NewTempDirectory("rk-state-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "File", ["Storage:File:Directory"] = folder };
            await using var coach = await CoachHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)), settings);
            var person = coach.NewPerson();
            await person.AnswerIntakeAsync();
            await person.SessionAsync(before: 3, after: 2);
            await person.SayAsync("start workout");
            await person.SayAsync("2");
            Assert.True(person.ShowsSetCard, person.LastText);

            // The stored documents (*.json), not their spares, which hold the version before the last write.
            var file = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Single(f => File.ReadAllText(f).Contains("\"history\":{", StringComparison.Ordinal));
            await File.WriteAllTextAsync(file, File.ReadAllText(file).Replace("\"history\":{", "\"history\":{" + Marker, StringComparison.Ordinal));
            var history = HistoryOf(file);

            await person.SayAsync("what's next");
            var answered = person.LastText;
            await person.SayAsync("how many left");

            Assert.False(string.IsNullOrWhiteSpace(answered));
            Assert.StartsWith("{" + Marker, history, StringComparison.Ordinal);
            Assert.Equal(history, HistoryOf(file));
        }
        finally
        {
            CoachHarness.DeleteDirectory(folder);
        }
    }

    private static string HistoryOf(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return document.RootElement.GetProperty("history").GetRawText();
    }
}
