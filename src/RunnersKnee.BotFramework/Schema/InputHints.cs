namespace RunnersKnee.BotFramework.Schema;

/// <summary>Wire values of <c>inputHint</c>: the <c>...Input</c> forms, not the spec prose's short ones.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
