namespace SubscriberSimulator.Engines;

/// <summary>
/// THE one place the four provider engines are registered. Engine authors: when your engine
/// class compiles, uncomment (or add) its line here; nothing else in the core needs to change.
/// </summary>
internal static class BuiltInEngines
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSimulatorEngine<Essential.EssentialEngine>();
        services.AddSimulatorEngine<MobileTextAlerts.MobileTextAlertsEngine>();
        services.AddSimulatorEngine<Sequenzy.SequenzyEngine>();
        services.AddSimulatorEngine<Attentive.AttentiveEngine>();
    }
}
