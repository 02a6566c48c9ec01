namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: prompt, begin a child, skip ahead, or end.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
