using System.Collections.Frozen;
using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Intake;

/// <summary>The intake questions (<c>Content/Intake/intake.en.json</c>), loaded and checked at start.</summary>
public sealed class IntakeQuestions
{
    public const string Location = "location";
    public const string Feeling = "feeling";
    public const string Triggers = "triggers";
    public const string Duration = "duration";
    public const string Onset = "onset";
    public const string Pain = "pain";
    public const string Age = "age";
    public const string Guardian = "guardian";
    public const string EmergencyFlags = "emergencyFlags";
    public const string SoonFlags = "soonFlags";

    private static readonly string[] Required = [Location, Feeling, Triggers, Duration, Onset, Pain, Age, Guardian, EmergencyFlags, SoonFlags];

    private readonly FrozenDictionary<string, IntakeQuestion> _questions;

    public IntakeQuestions()
    {
        using var stream = ContentFiles.Open("Intake/intake.en.json");
        var file = JsonSerializer.Deserialize<IntakeFile>(stream, BotJson.Options)
            ?? throw new InvalidOperationException("Content/Intake/intake.en.json is empty.");
        _questions = file.Questions.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var id in Required)
        {
            if (!_questions.TryGetValue(id, out var question) || question.Text.Length == 0 || question.Retry.Length == 0)
            {
                throw new InvalidOperationException($"intake.en.json: question '{id}' is missing or has no text/retry.");
            }
        }
    }

    public IntakeQuestion this[string id] => _questions[id];

    private sealed class IntakeFile
    {
        public List<IntakeQuestion> Questions { get; set; } = [];
    }
}
