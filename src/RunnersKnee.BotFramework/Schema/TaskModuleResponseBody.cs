using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// The <c>task</c> of a <see cref="TaskModuleResponse"/>: <c>continue</c> with a dialog or <c>message</c>. Teams
/// tells them apart by <c>type</c>, so they are written as their own shape with no extra discriminator.
/// </summary>
[JsonDerivedType(typeof(TaskModuleContinueResponse))]
[JsonDerivedType(typeof(TaskModuleMessageResponse))]
public abstract record TaskModuleResponseBody(string Type);
