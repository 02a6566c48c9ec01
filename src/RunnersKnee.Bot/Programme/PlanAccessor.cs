using RunnersKnee.Bot.Conversation;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Programme;

/// <summary>The plan, kept as the property "plan" of the person's one document, exported and erased with it.</summary>
public sealed class PlanAccessor(PrimaryState primaryState) : PersonDocumentProperty<PlanLevels>(primaryState, PropertyName)
{
    public const string PropertyName = "plan";
}
