namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
