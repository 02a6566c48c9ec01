using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// The reminders, kept as the property "reminders" of the person's one document (beside "coach" and "history"): the
/// same read and write as every turn, erased with it, deserialized only by the turns that ask for it.
/// </summary>
public sealed class PersonRemindersAccessor(PrimaryState primaryState)
{
    public const string PropertyName = "reminders";

    private readonly IStatePropertyAccessor<PersonReminders> _reminders = primaryState.CreateProperty<PersonReminders>(PropertyName);

    /// <summary>The reminders to change (created if there are none; written with the turn).</summary>
    public Task<PersonReminders> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _reminders.GetAsync(turnContext, () => new PersonReminders(), cancellationToken);

    /// <summary>The stored reminders, or null; adds nothing to the document.</summary>
    public Task<PersonReminders?> PeekAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _reminders.PeekAsync(turnContext, cancellationToken);
}
