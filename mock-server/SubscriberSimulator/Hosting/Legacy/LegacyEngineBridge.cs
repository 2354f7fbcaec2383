using System.Runtime.CompilerServices;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Hosting.Legacy;

/// <summary>
/// TRANSITIONAL (issue 13): serves an engine not yet on the kit (<see cref="IProviderEngine"/>,
/// written against ASP.NET Core endpoints) through the kit's host contract, so the host treats every
/// engine alike: its mappings call <see cref="ISimulatorEngine.HandleAsync"/>, and IProviderEngine
/// implements that here. Delete this folder with IProviderEngine when the last engine is ported;
/// nothing else refers to it.
/// </summary>
internal static class LegacyEngineBridge
{
    private static readonly ConditionalWeakTable<IProviderEngine, LegacyEngineHost> Hosts = [];

    public static ValueTask<ProviderResponse> HandleAsync(IProviderEngine engine, ProviderRequest request) =>
        Hosts.GetValue(engine, static engine => new LegacyEngineHost(engine)).HandleAsync(request, control: false);

    public static ValueTask<ProviderResponse> HandleControlAsync(IProviderEngine engine, ProviderRequest request) =>
        Hosts.GetValue(engine, static engine => new LegacyEngineHost(engine)).HandleAsync(request, control: true);

    public static ProviderResponse Error(IProviderEngine engine, int status, string message) =>
        Hosts.GetValue(engine, static engine => new LegacyEngineHost(engine)).Error(status, message);
}
