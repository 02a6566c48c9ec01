namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>What a finished command printed, and how it exited.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
