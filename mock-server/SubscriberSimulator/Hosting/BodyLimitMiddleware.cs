namespace SubscriberSimulator.Hosting;

/// <summary>
/// Runs before WireMock.Net, which reads every body whole: a body is read at most one byte past
/// <see cref="SimulatorOptions.MaxRequestBodyBytes"/>, so an oversized upload costs bounded memory
/// and the engine still sees it is too large (its 413, in the provider's shape).
/// </summary>
internal sealed class BodyLimitMiddleware
{
    private readonly RequestDelegate _next;
    private readonly long _maxBytes;

    public BodyLimitMiddleware(RequestDelegate next, long maxBytes)
    {
        _next = next;
        _maxBytes = maxBytes;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is not { } length || length > _maxBytes)
        {
            request.Body = new CappedReadStream(request.Body, _maxBytes + 1);
        }

        return _next(context);
    }
}
