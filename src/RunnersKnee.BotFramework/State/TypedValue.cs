namespace RunnersKnee.BotFramework.State;

/// <summary>
/// A state property's value as the turn holds it, with the type it was read or set as (the type it is written as).
/// <paramref name="Owned"/>: the document made it (read from the store, or the property's default), so nothing from
/// outside the state held it before the turn; only such values are handed to the document's next turn.
/// </summary>
internal readonly record struct TypedValue(object? Value, Type Type, bool Owned);
