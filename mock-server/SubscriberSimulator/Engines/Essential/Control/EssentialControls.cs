using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>
/// Essential's part of /__sim/essential: accounts with their channels (POST /tenants), the
/// configuration Essential's API cannot seed (channels, transports, campaigns, enabled series,
/// workflows, carrier answers), the STOP reply, and inspection. Bodies are snake_case and as strict as the API's.
/// </summary>
internal sealed class EssentialControls(TimeProvider clock) : IEngineControls<EssentialAccount>
{
    private const string Account = ControlRoutes<EssentialAccount>.TenantPath;
    private const string Channel = Account + "/channels/{channel_sid}";

    public void Map(ControlRoutes<EssentialAccount> routes) => routes
        .Post(Account + "/channels", AddChannel)
        .Post(Channel + "/tags", AddTag)
        .Post(Channel + "/transports", AddTransport)
        .Post(Channel + "/campaigns", AddCampaign)
        .Post(Channel + "/welcome-series", AddWelcomeSeries)
        .Patch(Channel + "/welcome-series/{series_sid}", ConfigureWelcomeSeries)
        .Post(Channel + "/stop-reply", StopReply)
        .Post(Account + "/workflows", AddWorkflow)
        .Get(Account + "/workflow-executions", ListExecutions)
        .Post(Account + "/carrier-lookups", SeedCarrier)
        .Get(Account + "/subscribers", ListSubscribers);

    /// <summary>
    /// Body <c>{"account_sid", "auth_token", "channels": [...]}</c>, all optional. All or nothing:
    /// the account is stored only once every channel has been made.
    /// </summary>
    public ProviderResponse CreateTenant(ControlCall<EssentialAccount> call)
    {
        var request = ControlRequests.Account(call.Body);
        if (request.Sid is { } sid && call.Tenants.Contains(sid))
        {
            throw RequestRefusedException.Conflict($"Account '{sid}' already exists.");
        }

        var account = AccountRules.NewAccount(request.Sid, request.Token, clock.GetUtcNow().UtcDateTime);
        foreach (var channel in request.Channels)
        {
            using var work = call.Tenants.BeginWork(account, call.CancellationToken);
            ChannelConfigRules.AddChannel(work, channel);
            work.Commit();
        }

        call.Tenants.Add(account, account.Credential);
        return JsonResponse.Create(201, account, static (writer, account) =>
        {
            writer.WriteStartObject();
            writer.WriteString("account_sid", account.Sid);
            writer.WriteString("auth_token", account.Token);
            writer.WriteStartArray("channels");
            foreach (var channel in account.ChannelsBySid.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("sid", channel.Sid);
                writer.WriteString("name", channel.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public void WriteSummary(Utf8JsonWriter writer, EssentialAccount tenant) => EssentialAccountDescription.WriteSummary(writer, tenant);

    public void WriteDescription(Utf8JsonWriter writer, EssentialAccount tenant) => EssentialAccountDescription.Write(writer, tenant);

    private static ProviderResponse AddChannel(ControlCall<EssentialAccount> call)
    {
        var definition = ControlRequests.Channel(call.Body);
        using var work = call.BeginWork();
        var channel = ChannelConfigRules.AddChannel(work, definition);
        work.Commit();
        return JsonResponse.Create(201, channel, static (writer, channel) => EssentialAccountDescription.WriteChannelHeader(writer, channel, closeObject: true));
    }

    private static ProviderResponse AddTag(ControlCall<EssentialAccount> call)
    {
        var (sid, name) = ControlRequests.Tag(call.Body);
        using var work = call.BeginWork();
        var tag = ChannelConfigRules.CreateTag(work, new CreateTagCommand { ChannelSid = call.Route["channel_sid"], Name = name }, sid);
        work.Commit();
        return JsonResponse.Create(201, (call.Tenant.Sid, tag), static (writer, state) => EssentialJson.WriteTag(writer, state.Sid, state.tag));
    }

    private static ProviderResponse AddTransport(ControlCall<EssentialAccount> call)
    {
        var definition = ControlCatalogRequests.Transport(call.Body);
        using var work = call.BeginWork();
        var transport = ChannelConfigRules.AddTransport(work, call.Route["channel_sid"], definition);
        work.Commit();
        return JsonResponse.Create(201, (call.Tenant.Sid, transport), static (writer, state) => EssentialCatalogJson.WriteTransport(writer, state.Sid, state.transport));
    }

    private static ProviderResponse AddCampaign(ControlCall<EssentialAccount> call)
    {
        var definition = ControlCatalogRequests.Campaign(call.Body);
        using var work = call.BeginWork();
        var campaign = CampaignRules.Add(work, call.Route["channel_sid"], definition);
        work.Commit();
        return JsonResponse.Create(201, (call.Tenant.Sid, campaign), static (writer, state) => EssentialCatalogJson.WriteCampaign(writer, state.Sid, state.campaign));
    }

    private static ProviderResponse AddWelcomeSeries(ControlCall<EssentialAccount> call)
    {
        var definition = ControlRequests.WelcomeSeries(call.Body);
        using var work = call.BeginWork();
        var series = ChannelConfigRules.AddWelcomeSeries(work, call.Route["channel_sid"], definition);
        work.Commit();
        return JsonResponse.Create(201, series, EssentialJson.WriteWelcomeSeries);
    }

    private static ProviderResponse ConfigureWelcomeSeries(ControlCall<EssentialAccount> call)
    {
        var (enabled, tags) = ControlRequests.WelcomeSeriesChange(call.Body);
        using var work = call.BeginWork();
        var series = ChannelConfigRules.ConfigureWelcomeSeries(work, call.Route["channel_sid"], call.Route["series_sid"], enabled, tags);
        work.Commit();
        return JsonResponse.Create(200, series, EssentialJson.WriteWelcomeSeries);
    }

    private static ProviderResponse StopReply(ControlCall<EssentialAccount> call)
    {
        var phoneNumber = ControlRequests.PhoneNumber(call.Body);
        using var work = call.BeginWork();
        var subscriber = SubscriberRules.StopReply(work, call.Route["channel_sid"], phoneNumber);
        work.Commit();
        return EssentialJson.SubscriberResponse(200, call.Tenant.Sid, subscriber);
    }

    private static ProviderResponse AddWorkflow(ControlCall<EssentialAccount> call)
    {
        var definition = ControlRequests.Workflow(call.Body);
        using var work = call.BeginWork();
        var workflow = ChannelConfigRules.AddWorkflow(work, definition);
        work.Commit();
        return JsonResponse.Create(201, workflow, EssentialAccountDescription.WriteWorkflow);
    }

    private static ProviderResponse ListExecutions(ControlCall<EssentialAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return JsonResponse.Create(200, call.Tenant.Executions, static (writer, executions) =>
            {
                writer.WriteStartArray();
                foreach (var execution in executions)
                {
                    EssentialJson.WriteExecution(writer, execution);
                }

                writer.WriteEndArray();
            });
        }
    }

    private static ProviderResponse SeedCarrier(ControlCall<EssentialAccount> call)
    {
        var (phone, kind, carrier) = ControlRequests.CarrierLookup(call.Body);
        using var work = call.BeginWork();
        ChannelConfigRules.SeedCarrier(work, phone, kind, carrier);
        work.Commit();
        return ProviderResponse.Empty(204);
    }

    private static ProviderResponse ListSubscribers(ControlCall<EssentialAccount> call)
    {
        var channelSid = call.Query.First("channel_sid");
        lock (call.Tenant.Gate)
        {
            var account = call.Tenant;
            var subscribers = account.SubscriberOrderOf(channelSid).Select(sid => account.SubscribersBySid[sid]).ToList();
            return EssentialJson.ArrayResponse(200, account.Sid, subscribers, EssentialJson.WriteSubscriber);
        }
    }
}
