namespace RunnersKnee.Bot.Security;

/// <summary>Adds the browser protections to every response, before anything is written.</summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ContentSecurityPolicy _policy;

    // Made once, with the request's context as its state: no closure per request.
    private readonly Func<object, Task> _addHeaders;

    public SecurityHeadersMiddleware(RequestDelegate next, ContentSecurityPolicy policy)
    {
        _next = next;
        _policy = policy;
        _addHeaders = AddHeaders;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_addHeaders, context);
        return _next(context);
    }

    private Task AddHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy.For(context.Request);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        return Task.CompletedTask;
    }
}
