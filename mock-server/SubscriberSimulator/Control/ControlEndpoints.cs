using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator.Control;

/// <summary>/__sim: the clock, the outbox, reset, and the list of engines (each engine adds its own under /__sim/{id}).</summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder sim)
    {
        sim.MapGet("/", (HttpContext context, EngineDirectory engines) => AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["engines"] = new JsonArray(engines.All.Select(engine => (JsonNode)new JsonObject
            {
                ["id"] = engine.Id,
                ["pathPrefix"] = engine.PathPrefix,
                ["controls"] = "/__sim/" + engine.Id,
            }).ToArray()),
        }));
        sim.MapGet("/clock", (HttpContext context, SimulatorClock clock) => AdminJson.WriteAsync(context, StatusCodes.Status200OK, ClockJson(clock)));
        sim.MapPost("/clock", ChangeClock);
        sim.MapGet("/outbox", ListOutbox);
        sim.MapDelete("/outbox", (HttpContext context, Outbox outbox) =>
        {
            outbox.Reset();
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
        sim.MapPost("/reset", (HttpContext context, SimulatorResetter resetter) =>
        {
            resetter.ResetAll(includeClock: true);
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
    }

    /// <summary>
    /// Body: {"advance": "PT15S" | "00:00:15"} and/or {"set": "2026-01-01T00:00:00Z"} and/or
    /// {"frozen": true|false}. Applied in the order set, advance, frozen; all or nothing.
    /// </summary>
    private static async Task ChangeClock(HttpContext context, SimulatorClock clock)
    {
        var body = await AdminJson.ReadObjectAsync(context, allowEmpty: false).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        DateTimeOffset? set = null;
        TimeSpan? advance = null;
        bool? frozen = null;
        foreach (var pair in body)
        {
            var text = pair.Value is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            switch (pair.Key)
            {
                case "set" when text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at):
                    set = at;
                    break;
                case "advance" when text is not null && TryParseDuration(text, out var by) && by >= TimeSpan.Zero:
                    advance = by;
                    break;
                case "frozen" when pair.Value is JsonValue flag && flag.TryGetValue<bool>(out var isFrozen):
                    frozen = isFrozen;
                    break;
                default:
                    await AdminJson.WriteErrorAsync(
                        context,
                        StatusCodes.Status422UnprocessableEntity,
                        "Invalid clock change",
                        $"'{pair.Key}' is not understood: use \"set\" (ISO 8601 instant), \"advance\" (non-negative ISO 8601 duration such as PT15S, or 00:00:15) or \"frozen\" (true/false).",
                        "/" + pair.Key).ConfigureAwait(false);
                    return;
            }
        }

        if (set is { } instant)
        {
            clock.SetUtcNow(instant);
        }

        if (advance is { } duration)
        {
            clock.Advance(duration);
        }

        if (frozen == true)
        {
            clock.Freeze();
        }
        else if (frozen == false)
        {
            clock.Unfreeze();
        }

        await AdminJson.WriteAsync(context, StatusCodes.Status200OK, ClockJson(clock)).ConfigureAwait(false);
    }

    private static Task ListOutbox(HttpContext context, Outbox outbox)
    {
        var query = context.Request.Query;
        var provider = query.TryGetValue("provider", out var providerValue) ? providerValue.ToString() : null;
        var tenant = query.TryGetValue("tenant", out var tenantValue) ? tenantValue.ToString() : null;
        var messages = outbox.List(provider, tenant);
        return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["messages"] = new JsonArray(messages.Select(message => (JsonNode)OutboxJson.ToJson(message)).ToArray()),
            ["meta"] = new JsonObject { ["total"] = messages.Count },
        });
    }

    private static JsonObject ClockJson(SimulatorClock clock) => new()
    {
        ["now"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["frozen"] = clock.IsFrozen,
    };

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                duration = default;
                return false;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
    }
}
