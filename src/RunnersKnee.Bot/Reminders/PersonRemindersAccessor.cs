using RunnersKnee.Bot.Conversation;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Reminders;

/// <summary>The reminders and the morning check, kept as the property "reminders" of the person's one document, exported and erased with it.</summary>
public sealed class PersonRemindersAccessor(PrimaryState primaryState) : PersonDocumentProperty<PersonReminders>(primaryState, PropertyName)
{
    public const string PropertyName = "reminders";
}
