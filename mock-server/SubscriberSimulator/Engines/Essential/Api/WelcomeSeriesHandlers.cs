using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The welcome-series routes: create_default and adding items.</summary>
internal static class WelcomeSeriesHandlers
{
    public static ProviderResponse Create(ProviderCall<EssentialAccount> call)
    {
        var position = EssentialQuery.Int32(call.Query, "position");
        if (position < 0)
        {
            throw RequestRefusedException.BadRequest("position must be 0 or more.");
        }

        var command = CreateWelcomeSeriesCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var series = ChannelConfigRules.CreateWelcomeSeries(work, call.Route["channel_sid"], command.Name, position);
        work.Commit();
        return JsonResponse.Create(201, series, EssentialJson.WriteWelcomeSeries);
    }

    public static ProviderResponse AddItem(ProviderCall<EssentialAccount> call)
    {
        var command = CreateWelcomeSeriesItemCommand.FromJson(call.Body);
        var channelSid = call.Route["channel_sid"];
        using var work = call.BeginWork();
        var item = ChannelConfigRules.AddWelcomeSeriesItem(work, channelSid, call.Route["series_sid"], command);
        work.Commit();
        return JsonResponse.Create(201, (call.Tenant.Sid, Channel: SidGenerator.StripPrefix(channelSid), item), static (writer, state) =>
            EssentialJson.WriteWelcomeSeriesItem(writer, state.Sid, state.Channel, state.item));
    }
}
