using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support;

/// <summary>
/// A minimal provider that exercises the core: body reading, rate limits, outbox, state, errors.
/// Its error shape is {"error":{"status":N,"message":"..."}} so tests can tell it from ASP.NET's.
/// </summary>
public sealed class TestEngine : IProviderEngine
{
    public const string Provider = "test";

    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly SimulatorClock _clock;
    private readonly Outbox _outbox;
    private readonly RateLimiter _limiter;
    private readonly RequestBodyReader _bodies;
    private int _nextId;

    public TestEngine(SimulatorClock clock, Outbox outbox, RateLimiter limiter, RequestBodyReader bodies)
    {
        _clock = clock;
        _outbox = outbox;
        _limiter = limiter;
        _bodies = bodies;
    }

    public string Id => Provider;

    public string PathPrefix => "/test";

    public string StateKey => "test";

    public int SeedCount { get; private set; }

    public IReadOnlyDictionary<string, string> Items => _items;

    public void MapEndpoints(IEndpointRouteBuilder providerRoutes)
    {
        providerRoutes.MapPost("/items", CreateAsync);
        providerRoutes.MapGet("/items/{id}", (string id, HttpContext context) =>
            _items.TryGetValue(id, out var value)
                ? Results.Text(value, "application/json")
                : Results.Extensions.Error(this, context, 404, "No such item."));
        providerRoutes.MapGet("/boom", (HttpContext _) => ThrowBoom());
        providerRoutes.MapGet("/limited", (HttpContext context) =>
        {
            var tenant = context.Request.Headers["X-Tenant"].ToString();
            var decision = _limiter.TryAcquire(Provider, tenant, "default");
            RateLimitHeaders.Write(context.Response, decision, RateLimitHeaderStyle.MobileTextAlerts);
            return decision.IsAllowed
                ? Results.Json(new { ok = true })
                : Results.Extensions.Error(this, context, 429, "Too many requests.");
        });
    }

    public void MapControlEndpoints(IEndpointRouteBuilder controlRoutes)
    {
        controlRoutes.MapGet("/items", () => Results.Json(new { count = _items.Count }));
    }

    public async Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new JsonObject { ["error"] = new JsonObject { ["status"] = status, ["message"] = message } };
        await context.Response.WriteAsync(body.ToJsonString(), ct);
    }

    public IReadOnlyList<string> SeedDemo()
    {
        SeedCount++;
        _items["demo"] = "{\"name\":\"demo\"}";
        return ["token: demo-token"];
    }

    public JsonNode ExportState()
    {
        var items = new JsonObject();
        foreach (var pair in _items)
        {
            items[pair.Key] = pair.Value;
        }

        return new JsonObject { ["items"] = items };
    }

    public void ImportState(JsonNode state)
    {
        _items.Clear();
        foreach (var pair in state["items"]!.AsObject())
        {
            _items[pair.Key] = pair.Value!.GetValue<string>();
        }
    }

    public void Reset() => _items.Clear();

    private static IResult ThrowBoom() => throw new InvalidOperationException("boom");

    private async Task CreateAsync(HttpContext context)
    {
        var read = await _bodies.ReadJsonAsync(context, this, allowEmpty: false, context.RequestAborted);
        if (!read.IsValid)
        {
            return;
        }

        var id = "item_" + Interlocked.Increment(ref _nextId);
        _items[id] = read.Body!.Value.GetRawText();
        var to = read.Body.Value.TryGetProperty("email", out var email) ? email.GetString() ?? string.Empty : string.Empty;
        _outbox.Add(new OutboxMessage(_outbox.NewId(), Provider, "tenant-1", "email", to, "welcome", "Welcome!", _clock.GetUtcNow(), new Dictionary<string, string>()));
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(new { id }, context.RequestAborted);
    }
}
