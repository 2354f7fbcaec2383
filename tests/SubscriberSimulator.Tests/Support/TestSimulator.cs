using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support;

/// <summary>Options for a simulator serving only the <see cref="TestEngine"/>, on a frozen clock.</summary>
internal static class TestSimulator
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static SimulatorOptions Options(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            IncludeBuiltInEngines = false,
            ConfigureServices = services => services.AddSimulatorEngine<TestEngine>(),
        };
        options.Clock.Freeze();
        options.Clock.SetUtcNow(Epoch);
        configure?.Invoke(options);
        return options;
    }

    public static SimulatorServer InMemory(Action<SimulatorOptions>? configure = null) => SimulatorServer.CreateInMemory(Options(configure));
}
