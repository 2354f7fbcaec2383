using SubscriberSimulator.Admin;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Journal;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator.Hosting;

/// <summary>POST /__admin/reset and /__sim/reset: every store, stub, scenario, window and the journal.</summary>
internal sealed class SimulatorResetter
{
    private readonly IServiceProvider _services;

    public SimulatorResetter(IServiceProvider services)
    {
        _services = services;
    }

    public void ResetAll(bool includeClock)
    {
        foreach (var participant in SimulatorApplication.StateParticipants(_services))
        {
            participant.Reset();
        }

        _services.GetRequiredService<RateLimiter>().Reset();
        _services.GetRequiredService<RequestJournal>().Clear();
        _services.GetRequiredService<StubStore>().ResetScenarios();
        if (includeClock)
        {
            _services.GetRequiredService<SimulatorClock>().Reset();
        }
    }
}
