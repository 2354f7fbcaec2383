namespace SubscriberSimulator.Core.Pipeline;

/// <summary>An engine's provider routes (Api/&lt;Provider&gt;Api.cs): every route with its operation and handler.</summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public interface IEngineApi<TTenant>
    where TTenant : Tenants.Tenant
{
    void Map(ApiRoutes<TTenant> routes);
}
