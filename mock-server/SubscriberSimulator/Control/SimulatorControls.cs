using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Control;

/// <summary>
/// The simulator-wide /__sim controls: the list of engines, the clock, the outbox and reset (each
/// engine serves its own under /__sim/{id}). Host-neutral, like the engines' controls.
/// </summary>
internal sealed class SimulatorControls
{
    private const string Root = "/__sim";

    private readonly IReadOnlyList<ISimulatorEngine> _engines;
    private readonly SimulatorClock _clock;
    /// <summary>Messages in one GET /__sim/outbox page when no limit is given.</summary>
    public const int DefaultOutboxPage = 1000;

    /// <summary>The largest limit GET /__sim/outbox accepts.</summary>
    public const int MaxOutboxPage = 10_000;

    private readonly Outbox _outbox;
    private readonly Action _resetAll;
    private readonly RouteTable<Func<ProviderRequest, ProviderResponse>> _routes;

    /// <param name="resetAll">POST /__sim/reset: what POST /__admin/reset does, and the clock back to real time.</param>
    public SimulatorControls(IReadOnlyList<ISimulatorEngine> engines, SimulatorClock clock, Outbox outbox, Action resetAll)
    {
        _engines = engines;
        _clock = clock;
        _outbox = outbox;
        _resetAll = resetAll;
        _routes = new RouteTable<Func<ProviderRequest, ProviderResponse>>(
        [
            ("GET", new RouteTemplate(Root), ListEngines),
            ("GET", new RouteTemplate(Root + "/health"), _ => ControlJson.Ok(new JsonObject { ["status"] = "healthy", ["version"] = SimulatorVersion.Current })),
            ("GET", new RouteTemplate(Root + "/clock"), _ => ControlJson.Ok(ClockJson())),
            ("POST", new RouteTemplate(Root + "/clock"), ChangeClock),
            ("GET", new RouteTemplate(Root + "/outbox"), ListOutbox),
            ("DELETE", new RouteTemplate(Root + "/outbox"), ClearOutbox),
            ("POST", new RouteTemplate(Root + "/reset"), Reset),
        ]);
    }

    public ProviderResponse Handle(ProviderRequest request)
    {
        var match = _routes.Match(request.Method, request.Path);
        return match.Kind switch
        {
            RouteMatchKind.Found => match.Operation!(request),
            RouteMatchKind.MethodNotAllowed => ControlJson.Error(405, "Method not allowed", $"{request.Method} is not allowed on {request.Path}; use {match.AllowedMethods}.")
                .SetHeader("Allow", match.AllowedMethods),
            _ => ControlJson.Error(404, "Not found", $"No control at {request.Path}: GET /__sim lists the engines and their controls."),
        };
    }

    private ProviderResponse ListEngines(ProviderRequest request) => ControlJson.Ok(new JsonObject
    {
        ["engines"] = new JsonArray(_engines.Select(engine => (JsonNode)new JsonObject
        {
            ["id"] = engine.Id,
            ["pathPrefix"] = engine.PathPrefix,
            ["controls"] = Root + "/" + engine.Id,
        }).ToArray()),
    });

    /// <summary>
    /// Body: {"advance": "PT15S" | "00:00:15"} and/or {"set": "2026-01-01T00:00:00Z"} and/or
    /// {"frozen": true|false}. Applied in the order set, advance, frozen; all or nothing.
    /// </summary>
    private ProviderResponse ChangeClock(ProviderRequest request)
    {
        if (!ControlJson.TryReadObject(request, out var body, out var refusal))
        {
            return refusal!;
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
                    return ControlJson.Error(
                        422,
                        "Invalid clock change",
                        $"'{pair.Key}' is not understood: use \"set\" (ISO 8601 instant), \"advance\" (non-negative ISO 8601 duration such as PT15S, or 00:00:15) or \"frozen\" (true/false).",
                        "/" + pair.Key);
            }
        }

        if (set is { } instant)
        {
            _clock.SetUtcNow(instant);
        }

        if (advance is { } duration)
        {
            _clock.Advance(duration);
        }

        if (frozen == true)
        {
            _clock.Freeze();
        }
        else if (frozen == false)
        {
            _clock.Unfreeze();
        }

        return ControlJson.Ok(ClockJson());
    }

    /// <summary>
    /// ?provider, ?tenant, ?limit (1 to <see cref="MaxOutboxPage"/>, default <see cref="DefaultOutboxPage"/>)
    /// and ?cursor (meta.nextCursor of the previous page): one page, oldest first. At 95,000 messages
    /// the whole outbox was a 56 MB body.
    /// </summary>
    private ProviderResponse ListOutbox(ProviderRequest request)
    {
        var limit = DefaultOutboxPage;
        if (request.Query.First("limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxOutboxPage))
        {
            return ControlJson.Error(400, "Invalid limit", $"limit must be a whole number from 1 to {MaxOutboxPage}.");
        }

        long from = 0;
        if (request.Query.First("cursor") is { } cursorText && !long.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return ControlJson.Error(400, "Invalid cursor", "cursor must be the meta.nextCursor of a previous page.");
        }

        var page = _outbox.Page(request.Query.First("provider"), request.Query.First("tenant"), from, limit);
        return ControlJson.Ok(new JsonObject
        {
            ["messages"] = new JsonArray(page.Messages.Select(message => (JsonNode)OutboxJson.ToJson(message)).ToArray()),
            ["meta"] = new JsonObject
            {
                ["total"] = page.Total,
                ["limit"] = limit,
                ["nextCursor"] = page.Next?.ToString(CultureInfo.InvariantCulture),
            },
        });
    }

    private ProviderResponse ClearOutbox(ProviderRequest request)
    {
        _outbox.Reset();
        return ControlJson.Ok(new JsonObject());
    }

    private ProviderResponse Reset(ProviderRequest request)
    {
        _resetAll();
        return ControlJson.Ok(new JsonObject());
    }

    private JsonObject ClockJson() => new()
    {
        ["now"] = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["frozen"] = _clock.IsFrozen,
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
