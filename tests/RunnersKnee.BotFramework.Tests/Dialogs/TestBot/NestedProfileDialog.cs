using RunnersKnee.BotFramework.Dialogs;

namespace RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

/// <summary>A component whose one inner dialog is itself a component (<see cref="ProfileDialog"/>): two stacks nested.</summary>
public sealed class NestedProfileDialog : ComponentDialog
{
    public NestedProfileDialog()
        : base("nested")
    {
        AddDialog(new ProfileDialog());
    }
}
