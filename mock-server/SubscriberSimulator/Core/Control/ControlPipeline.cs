using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Core.Control;

/// <summary>
/// Every /__sim/&lt;provider&gt; request: route (404, 405) -> size (413) -> optional JSON body (415,
/// 400) -> handler, refusals in the provider's error shape. It serves the controls every engine
/// shares, then the engine's own (<see cref="IEngineControls{TTenant}.Map"/>).
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ControlPipeline<TTenant>
    where TTenant : Tenant
{
    private readonly string _pathPrefix;
    private readonly ProviderDialect<TTenant> _dialect;
    private readonly TenantStore<TTenant> _store;
    private readonly IEngineControls<TTenant> _controls;
    private readonly EngineServices _services;
    private readonly RouteTable<Func<ControlCall<TTenant>, ProviderResponse>> _routes;

    public ControlPipeline(ProviderDialect<TTenant> dialect, TenantStore<TTenant> store, IEngineControls<TTenant> controls, EngineServices services)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(services);
        _pathPrefix = "/__sim/" + dialect.ProviderId;
        _dialect = dialect;
        _store = store;
        _controls = controls;
        _services = services;
        var routes = new ControlRoutes<TTenant>()
            .Post(ControlRoutes<TTenant>.TenantsPath, controls.CreateTenant)
            .Get(ControlRoutes<TTenant>.TenantsPath, ListTenants)
            .Get(ControlRoutes<TTenant>.TenantPath, DescribeTenant)
            .Delete(ControlRoutes<TTenant>.TenantPath, RemoveTenant)
            .Post(ControlRoutes<TTenant>.TenantPath + "/fail-next-send", FailNextSend)
            .Post(ControlRoutes<TTenant>.TenantPath + "/send-failure", SetSendFailure);
        controls.Map(routes);
        _routes = routes.Build();
    }

    /// <summary>Answers one request whose path lies under /__sim/&lt;provider&gt;.</summary>
    public ProviderResponse Handle(ProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            request.RequestAborted.ThrowIfCancellationRequested();
            var match = ProviderPipeline<TTenant>.MatchRoute(_routes, _pathPrefix, request);
            if (match.Kind != RouteMatchKind.Found)
            {
                return ProviderPipeline<TTenant>.RouteMiss(_dialect, request, match);
            }

            request.RouteValues = match.Values;
            if (request.BodyTooLarge || request.Body.Length > _services.MaxRequestBodyBytes)
            {
                return _dialect.Error(413, JsonBody.TooLargeMessage(_services.MaxRequestBodyBytes));
            }

            using var document = request.Method is "POST" or "PUT" or "PATCH"
                ? JsonBody.Parse(request.Body, request.Headers.First("Content-Type"), allowEmpty: true)
                : null;
            return match.Operation!(new ControlCall<TTenant>(request, document?.RootElement, _store));
        }
        catch (RequestRefusedException refusal)
        {
            return _dialect.Error(refusal.Status, refusal.Message);
        }
        catch (Exception exception) when (!ProviderPipeline<TTenant>.IsClientGone(exception, request))
        {
            KitLog.Unhandled(_services.Logger, exception, _dialect.ProviderId, request.Method);
            return _dialect.Error(500, _dialect.InternalError);
        }
    }

    private ProviderResponse ListTenants(ControlCall<TTenant> call) =>
        JsonResponse.Create(200, _store.All(), (writer, tenants) =>
        {
            writer.WriteStartArray();
            foreach (var tenant in tenants)
            {
                lock (tenant.Gate)
                {
                    _controls.WriteSummary(writer, tenant);
                }
            }

            writer.WriteEndArray();
        });

    private ProviderResponse DescribeTenant(ControlCall<TTenant> call) =>
        JsonResponse.Create(200, call.Tenant, (writer, tenant) =>
        {
            lock (tenant.Gate)
            {
                _controls.WriteDescription(writer, tenant);
            }
        });

    private ProviderResponse RemoveTenant(ControlCall<TTenant> call)
    {
        _store.Remove(call.Tenant.Id);
        return ProviderResponse.Empty(204);
    }

    private ProviderResponse FailNextSend(ControlCall<TTenant> call)
    {
        _store.SetSendFailure(call.Tenant, SendFailure.Next);
        return ProviderResponse.Empty(204);
    }

    /// <summary>Body <c>{"enabled": true}</c>: every sending request fails until <c>{"enabled": false}</c>.</summary>
    private ProviderResponse SetSendFailure(ControlCall<TTenant> call)
    {
        const string Expected = "The body must be {\"enabled\": true} or {\"enabled\": false}.";
        if (call.Body is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("enabled", out var enabled)
            || enabled.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            || body.EnumerateObject().Count() != 1)
        {
            throw RequestRefusedException.BadRequest(Expected);
        }

        _store.SetSendFailure(call.Tenant, enabled.GetBoolean() ? SendFailure.Always : SendFailure.None);
        return ProviderResponse.Empty(204);
    }
}
