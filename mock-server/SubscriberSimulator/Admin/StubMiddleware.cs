using Microsoft.AspNetCore.Http.Features;
using SubscriberSimulator.Admin.Matching;
using SubscriberSimulator.Core;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator.Admin;

/// <summary>
/// Stub mappings answer before the engines: the best match by priority serves its response,
/// delay or fault. With "proxyToEngine" the engine runs first and the fault breaks its response.
/// </summary>
internal sealed partial class StubMiddleware
{
    private readonly RequestDelegate _next;
    private readonly StubStore _stubs;
    private readonly SimulatorClock _clock;
    private readonly FaultInjector _faults;
    private readonly long _maxBodyBytes;
    private readonly ILogger<StubMiddleware> _logger;

    public StubMiddleware(RequestDelegate next, StubStore stubs, SimulatorClock clock, FaultInjector faults, SimulatorOptions options, ILogger<StubMiddleware> logger)
    {
        _next = next;
        _stubs = stubs;
        _clock = clock;
        _faults = faults;
        _maxBodyBytes = options.MaxRequestBodyBytes;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (_stubs.Count == 0 || AdminTokenMiddleware.IsControlPath(context.Request.Path))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var feature = SimulatorRequestFeature.GetOrCreate(context, _clock);
        var snapshot = feature.Snapshot;
        if (_stubs.NeedsBody && !snapshot.BodyComplete)
        {
            var body = await BodyBuffer.ReadCappedAsync(context.Request.Body, _maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is not null)
            {
                snapshot.Body = body;
                snapshot.BodyComplete = true;
                snapshot.BodyTruncated = false;
                context.Request.Body = new MemoryStream(body, writable: false);
            }
        }

        var mapping = _stubs.Match(snapshot, new RequestBodyView(snapshot.Body));
        if (mapping is null)
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        LogMatched(_logger, mapping.Id);
        feature.StubId = mapping.Id;
        var response = mapping.Response;
        if (response.FixedDelayMilliseconds > 0)
        {
            // Real time on purpose: a delay exercises client timeouts, which run on real time.
            await Task.Delay(response.FixedDelayMilliseconds, context.RequestAborted).ConfigureAwait(false);
        }

        if (response.ProxyToEngine)
        {
            await ProxyToEngineAsync(context, feature, response).ConfigureAwait(false);
            return;
        }

        if (response.Fault is { } fault)
        {
            feature.MarkFault(StubResponse.FaultName(fault));
            await _faults.ApplyAsync(context, fault).ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, response).ConfigureAwait(false);
    }

    private async Task ProxyToEngineAsync(HttpContext context, SimulatorRequestFeature feature, StubResponse response)
    {
        if (response.Fault is not { } fault)
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        // The engine writes into a buffer that is then thrown away: its work is committed, but
        // the client never sees the answer ("connection reset after the server wrote").
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Features.Set(original);
        }

        context.Response.Headers.Clear();
        feature.MarkFault(StubResponse.FaultName(fault));
        await _faults.ApplyAsync(context, fault).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, StubResponse response)
    {
        var http = context.Response;
        http.StatusCode = response.Status;
        foreach (var (name, values) in response.Headers)
        {
            http.Headers[name] = values;
        }

        if (response.BodyIsJson && !http.Headers.ContainsKey("Content-Type"))
        {
            http.ContentType = "application/json";
        }

        if (response.Body.Length > 0)
        {
            http.ContentLength = response.Body.Length;
            await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stub {StubId} matched.")]
    private static partial void LogMatched(ILogger logger, Guid stubId);
}
