namespace RunnersKnee.BotFramework.State;

/// <summary>A state property's value as the turn holds it, with the type it was read or set as (the type it is written as).</summary>
internal readonly record struct TypedValue(object? Value, Type Type);
