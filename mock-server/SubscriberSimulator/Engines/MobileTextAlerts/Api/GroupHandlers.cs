using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary><c>/v3/groups</c>: create, list (1-based pages, in id order) and get.</summary>
internal sealed class GroupHandlers(MtaIds ids)
{
    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var draft = CreateGroupCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Add(work, ids, draft);
        work.Commit();
        return MtaJson.Envelope($"Created group {group.Name}.", group, MtaJson.WriteGroup);
    }

    public static ProviderResponse List(ProviderCall<MtaAccount> call)
    {
        var paging = MtaPaging.From(call.Query);
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Groups retrieved successfully.", (groups: call.Tenant.Groups, paging), static (writer, list) =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("rows");
                var index = 0;
                foreach (var group in list.groups.Values)
                {
                    if (list.paging.Includes(index++))
                    {
                        MtaJson.WriteGroup(writer, group);
                    }
                }

                writer.WriteEndArray();
                list.paging.WriteFooter(writer, list.groups.Count);
                writer.WriteEndObject();
            });
        }
    }

    public static ProviderResponse Get(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Group retrieved successfully.", GroupRules.Require(call.Tenant, call.Route["groupId"]), MtaJson.WriteGroup);
        }
    }
}
