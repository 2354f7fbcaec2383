using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The campaign route: list (paged, optionally one channel's). Read-only; campaigns are seeded by controls.</summary>
internal static class CampaignHandlers
{
    public static ProviderResponse List(ProviderCall<EssentialAccount> call) =>
        ChannelScopedList.Respond(call, static account => account.Campaigns, static campaign => campaign.ChannelSid, EssentialCatalogJson.WriteCampaign);
}
