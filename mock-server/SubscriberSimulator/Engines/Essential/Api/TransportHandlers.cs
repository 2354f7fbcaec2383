using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The transport route: list (paged, optionally one channel's). Read-only; seeded with channels and by controls.</summary>
internal static class TransportHandlers
{
    public static ProviderResponse List(ProviderCall<EssentialAccount> call) =>
        ChannelScopedList.Respond(call, static account => account.Transports, static transport => transport.ChannelSid, EssentialCatalogJson.WriteTransport);
}
