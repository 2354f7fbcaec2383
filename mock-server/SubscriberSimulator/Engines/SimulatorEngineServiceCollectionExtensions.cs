namespace SubscriberSimulator.Engines;

/// <summary>Registration of provider engines.</summary>
public static class SimulatorEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers an engine as a singleton, both as <see cref="ISimulatorEngine"/> (so the host
    /// serves it) and as its concrete type (so tests reach it via SimulatorServer.GetEngine).
    /// </summary>
    public static IServiceCollection AddSimulatorEngine<TEngine>(this IServiceCollection services)
        where TEngine : class, ISimulatorEngine
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<TEngine>();
        services.AddSingleton<ISimulatorEngine>(provider => provider.GetRequiredService<TEngine>());
        return services;
    }
}
