using System.Collections.Frozen;
using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Intake;

/// <summary>
/// The intake questions (<c>Content/Intake/intake.en.json</c>), loaded and checked at start, and their wording in
/// other languages (<c>intake.es.json</c>: text, retry and button titles only). Whatever the language, an answer is
/// read with the English file's synonyms (which hold the Spanish ones too) and the translated titles.
/// </summary>
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

    private const string DefaultLanguage = "en";

    private static readonly string[] Required = [Location, Feeling, Triggers, Duration, Onset, Pain, Age, Guardian, EmergencyFlags, SoonFlags];

    private readonly FrozenDictionary<string, FrozenDictionary<string, IntakeQuestion>> _languages;

    public IntakeQuestions()
    {
        var english = Read(DefaultLanguage);
        foreach (var id in Required)
        {
            if (!english.TryGetValue(id, out var question) || question.Text.Length == 0 || question.Retry.Length == 0)
            {
                throw new InvalidOperationException($"intake.en.json: question '{id}' is missing or has no text/retry.");
            }
        }

        var languages = new Dictionary<string, FrozenDictionary<string, IntakeQuestion>>(StringComparer.OrdinalIgnoreCase) { [DefaultLanguage] = english };
        foreach (var path in ContentFiles.List("Intake").Where(path => ContentFiles.NameOf(path) is var name && name.StartsWith("intake.", StringComparison.Ordinal) && name != "intake." + DefaultLanguage))
        {
            var language = ContentFiles.NameOf(path)["intake.".Length..];
            languages[language] = Read(language).ToFrozenDictionary(pair => pair.Key, pair => Translate(english, pair.Value, language), StringComparer.Ordinal);
        }

        _languages = languages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IntakeQuestion this[string id] => _languages[DefaultLanguage][id];

    /// <summary>The question in the language of <paramref name="locale"/> when there is a translation, else in English.</summary>
    public IntakeQuestion For(string id, string? locale) =>
        locale is { Length: >= 2 } && _languages.TryGetValue(locale[..2], out var questions) && questions.TryGetValue(id, out var translated)
            ? translated
            : this[id];

    private static FrozenDictionary<string, IntakeQuestion> Read(string language)
    {
        using var stream = ContentFiles.Open($"Intake/intake.{language}.json");
        var file = JsonSerializer.Deserialize<IntakeFile>(stream, BotJson.Options)
            ?? throw new InvalidOperationException($"Content/Intake/intake.{language}.json is empty.");
        return file.Questions.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
    }

    // The translation brings the words a person reads; the values and the understood words stay the English file's.
    private static IntakeQuestion Translate(FrozenDictionary<string, IntakeQuestion> english, IntakeQuestion translation, string language)
    {
        if (!english.TryGetValue(translation.Id, out var original) || translation.Text.Length == 0 || translation.Retry.Length == 0)
        {
            throw new InvalidOperationException($"intake.{language}.json: question '{translation.Id}' is not in intake.en.json or has no text/retry.");
        }

        var titles = translation.Choices.ToDictionary(choice => choice.Value, choice => choice.Title, StringComparer.Ordinal);
        if (titles.Keys.FirstOrDefault(value => !original.Choices.Exists(choice => choice.Value == value)) is { } unknown)
        {
            throw new InvalidOperationException($"intake.{language}.json: question '{translation.Id}' has the choice '{unknown}', which intake.en.json does not.");
        }

        return new IntakeQuestion
        {
            Id = original.Id,
            Text = translation.Text,
            Retry = translation.Retry,
            Choices = original.Choices.ConvertAll(choice => titles.GetValueOrDefault(choice.Value) is { Length: > 0 } title
                ? new Choice { Value = choice.Value, Title = title, Synonyms = [.. choice.Synonyms, title] }
                : choice),
        };
    }

    private sealed class IntakeFile
    {
        public List<IntakeQuestion> Questions { get; set; } = [];
    }
}
