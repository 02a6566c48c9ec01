using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Safety;

/// <summary>The emergency and crisis wording (reviewed texts) filled with the numbers for the person's region.</summary>
public sealed class CareMessages(CareRoutes routes, TextCatalog texts)
{
    public (string Title, string Body) Guidance(SafetyLockKind kind, Activity activity) => kind == SafetyLockKind.Crisis
        ? (Text("crisis.title", activity), Text("crisis.body", activity))
        : (Text("emergency.title", activity), Text("emergency.body", activity));

    /// <summary>The one line that opens every reply while coaching is closed.</summary>
    public string Reminder(SafetyLockKind kind, Activity activity) =>
        Text(kind == SafetyLockKind.Crisis ? "safetyLock.reminder.crisis" : "safetyLock.reminder.emergency", activity);

    public string Text(string key, Activity activity)
    {
        var route = routes.For(activity);
        return texts.Format(key, activity.Locale, ("emergency", route.Emergency), ("crisis", route.Crisis));
    }
}
