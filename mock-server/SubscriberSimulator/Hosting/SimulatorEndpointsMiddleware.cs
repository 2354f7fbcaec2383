using System.Text;
using Newtonsoft.Json;
using SubscriberSimulator.Control;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Hosting.Http;
using SubscriberSimulator.Hosting.Mappings;
using WireMock.Admin.Mappings;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Runs before WireMock.Net and answers what is the simulator's own rather than a mapping's:
/// /__sim (every engine's controls, the clock, the outbox, reset, engine-answered mappings), and
/// three admin calls WireMock.Net 1.25.0 lacks or gets wrong: POST /__admin/reset (everything, the
/// simulator's state included), POST /__admin/mappings/wiremock.org (WireMock.Net registers it
/// without the slash, as "/__adminmappings/wiremock.org"), and after WireMock.Net's own mappings
/// resets the provider mappings are put back. /__sim is not journaled, like WireMock's admin calls.
/// </summary>
internal sealed class SimulatorEndpointsMiddleware
{
    private readonly RequestDelegate _next;
    private readonly SimulatorHost _host;
    private readonly Func<object, Task> _restoreProviderMappings;

    public SimulatorEndpointsMiddleware(RequestDelegate next, SimulatorHost host)
    {
        _next = next;
        _host = host;
        _restoreProviderMappings = _ =>
        {
            _host.ProviderMappings.Register(_host.Server);
            return Task.CompletedTask;
        };
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var method = context.Request.Method;
        if (PathPrefixMatcher.IsUnder(path, "/__sim"))
        {
            var request = await HttpEngineExchange.ReadRequestAsync(context, _host.Options.MaxRequestBodyBytes).ConfigureAwait(false);
            await HttpEngineExchange.WriteResponseAsync(context, await ControlAsync(request, path, method).ConfigureAwait(false)).ConfigureAwait(false);
            return;
        }

        if (!PathPrefixMatcher.IsUnder(path, "/__admin"))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var adminPath = path.TrimEnd('/');
        if (HttpMethods.IsPost(method) && adminPath.Equals("/__admin/reset", StringComparison.OrdinalIgnoreCase))
        {
            _host.ResetAll(includeClock: false);
            await HttpEngineExchange.WriteResponseAsync(context, Status(200, "Reset: mappings (back to the provider defaults), journal, scenarios, engines, outbox and rate-limit windows")).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(method) && adminPath.Equals("/__admin/mappings/wiremock.org", StringComparison.OrdinalIgnoreCase))
        {
            var request = await HttpEngineExchange.ReadRequestAsync(context, _host.Options.MaxRequestBodyBytes).ConfigureAwait(false);
            await HttpEngineExchange.WriteResponseAsync(context, _host.ImportJavaFormat(request.Body)).ConfigureAwait(false);
            return;
        }

        if ((HttpMethods.IsDelete(method) && adminPath.Equals("/__admin/mappings", StringComparison.OrdinalIgnoreCase))
            || (HttpMethods.IsPost(method) && adminPath.Equals("/__admin/mappings/reset", StringComparison.OrdinalIgnoreCase)))
        {
            // WireMock.Net removes every non-admin mapping; the provider mappings are back before the answer leaves.
            context.Response.OnStarting(_restoreProviderMappings, context);
        }

        await _next(context).ConfigureAwait(false);
    }

    /// <summary>WireMock.Net's admin answer shape: {"Status": "..."} (and "Guid" for a new mapping).</summary>
    internal static ProviderResponse Status(int status, string message, Guid? id = null) =>
        new(status, Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(id is null ? new { Status = message } : new { Guid = id, Status = message })), ProviderResponse.JsonContentType);

    private async ValueTask<ProviderResponse> ControlAsync(ProviderRequest request, string path, string method)
    {
        if (path.TrimEnd('/').Equals("/__sim/mappings", StringComparison.OrdinalIgnoreCase))
        {
            return HttpMethods.IsPost(method)
                ? AddEngineAnsweredMapping(request)
                : ControlJson.Error(405, "Method not allowed", "POST a WireMock.Net mapping here; list and delete it through /__admin/mappings.").SetHeader("Allow", "POST");
        }

        return _host.Engines.FindByControlPath(path) is { } engine
            ? await engine.HandleControlAsync(request).ConfigureAwait(false)
            : _host.Controls.Handle(request);
    }

    private ProviderResponse AddEngineAnsweredMapping(ProviderRequest request)
    {
        try
        {
            var model = JsonConvert.DeserializeObject<MappingModel>(Encoding.UTF8.GetString(request.Body.Span))
                ?? throw new ArgumentException("The body must be a WireMock.Net mapping (JSON object).");
            return Status(201, "Mapping added", _host.EngineAnswered.Add(_host.Server, model));
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return Status(400, exception.Message);
        }
    }
}
