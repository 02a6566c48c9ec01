using RunnersKnee.Bot.Conversation;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Progress;

/// <summary>The history, kept as the property "history" of the person's one document, erased and swept with it.</summary>
public sealed class CoachHistoryAccessor(PrimaryState primaryState) : PersonDocumentProperty<CoachHistory>(primaryState, PropertyName)
{
    public const string PropertyName = "history";
}
