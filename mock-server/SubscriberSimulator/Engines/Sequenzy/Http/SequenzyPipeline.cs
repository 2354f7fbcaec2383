using System.Text.Json;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>
/// What every Sequenzy request goes through, in order: Bearer API key (401), the per-key rate
/// limit with its headers (429), the JSON body (400/413/415 via the core reader), then the handler
/// under the workspace lock. A <see cref="SequenzyRequestException"/> from the handler becomes the
/// provider's error body; since handlers commit last, nothing is half-written.
/// </summary>
internal sealed class SequenzyPipeline
{
    /// <summary>Sequenzy limits per key over all endpoints, so every route shares one bucket.</summary>
    public const string Bucket = "api";

    private readonly IProviderEngine _engine;
    private readonly WorkspaceRegistry _workspaces;
    private readonly RateLimiter _limiter;
    private readonly RequestBodyReader _bodies;
    private readonly SpecValidator _validator;

    public SequenzyPipeline(IProviderEngine engine, WorkspaceRegistry workspaces, RateLimiter limiter, RequestBodyReader bodies, SpecValidator validator)
    {
        _engine = engine;
        _workspaces = workspaces;
        _limiter = limiter;
        _bodies = bodies;
        _validator = validator;
    }

    public async Task RunAsync(HttpContext context, bool hasBody, Func<SequenzyCall, SequenzyResponse> handler)
    {
        var ct = context.RequestAborted;
        var (workspace, key) = Authenticate(context.Request);
        if (workspace is null)
        {
            await SequenzyResponse.Error(StatusCodes.Status401Unauthorized, "Unauthorized").WriteAsync(context, ct).ConfigureAwait(false);
            return;
        }

        var decision = _limiter.TryAcquire(SequenzyEngine.EngineId, workspace.Id, Bucket);
        RateLimitHeaders.Write(context.Response, decision, RateLimitHeaderStyle.Sequenzy);
        if (!decision.IsAllowed)
        {
            await SequenzyResponse.Error(StatusCodes.Status429TooManyRequests, "Rate limit exceeded").WriteAsync(context, ct).ConfigureAwait(false);
            return;
        }

        JsonElement? body = null;
        var raw = ReadOnlyMemory<byte>.Empty;
        if (hasBody)
        {
            var read = await _bodies.ReadJsonAsync(context, _engine, allowEmpty: false, ct).ConfigureAwait(false);
            if (!read.IsValid)
            {
                return;
            }

            body = read.Body;
            raw = read.Raw;
        }

        SequenzyResponse response;
        try
        {
            lock (workspace.Gate)
            {
                var apiKey = workspace.FindKey(key) ?? throw new SequenzyRequestException(StatusCodes.Status401Unauthorized, "Unauthorized");
                response = handler(new SequenzyCall(context, workspace, apiKey, body, raw, _validator));
            }
        }
        catch (SequenzyRequestException exception)
        {
            response = SequenzyResponse.Error(exception.Status, exception.Message);
        }

        await response.WriteAsync(context, ct).ConfigureAwait(false);
    }

    private (SequenzyWorkspace? Workspace, string Key) Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, string.Empty);
        }

        var key = value.AsSpan("Bearer ".Length).Trim().ToString();
        return (key.Length == 0 ? null : _workspaces.FindByApiKey(key), key);
    }
}
