using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>What a validator sees; set <see cref="RetryPrompt"/> to say exactly what was wrong with this answer.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers this prompt has had, this one included.</summary>
    public int AttemptCount { get; } = attemptCount;

    /// <summary>A clarifying re-prompt for this attempt, used instead of the options' retry prompt.</summary>
    public Activity? RetryPrompt { get; set; }
}
