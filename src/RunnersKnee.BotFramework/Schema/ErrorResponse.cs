namespace RunnersKnee.BotFramework.Schema;

/// <summary>The Bot Framework error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Create(string code, string message) => new(new ErrorDetail(code, message));
}

/// <summary>The inner part of <see cref="ErrorResponse"/>.</summary>
public sealed record ErrorDetail(string Code, string Message);
