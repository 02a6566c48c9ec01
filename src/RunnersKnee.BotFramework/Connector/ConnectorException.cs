using System.Net;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>The channel refused a connector call; <see cref="StatusCode"/> and the error body say why.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string responseBody)
    : Exception($"The channel answered {(int)statusCode} {statusCode}.")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string ResponseBody { get; } = responseBody;
}
