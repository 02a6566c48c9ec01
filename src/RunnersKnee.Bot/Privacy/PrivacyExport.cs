using System.Text.Json;
using System.Text.Json.Serialization;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// The "export my data" file: what the coach keeps (answers, advice, the workout, the history of sessions, safety
/// outcomes and pain scores, the plan's levels, and the reminders with the planned morning check), in words a person can read (enums by name, dates in ISO 8601),
/// followed by the stored documents exactly as they are kept, so nothing is left out.
/// </summary>
public sealed record PrivacyExport(
    string About,
    DateTimeOffset ExportedAt,
    int RetentionDays,
    DateTimeOffset? KeptUntil,
    string Summary,
    PrivacyExportConversation? Conversation,
    IntakeAnswers? Answers,
    TriageOutcome? Advice,
    bool WorkoutLocked,
    WorkoutSession? Workout,
    CoachHistory? History,
    PlanLevels? Plan,
    PersonReminders? Reminders,
    PrivacyExportStored Stored)
{
    public const string FileName = "runners-knee-coach-data.json";

    /// <summary>camelCase, indented, enums as names; independent of the storage format so it can stay readable.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);
}
