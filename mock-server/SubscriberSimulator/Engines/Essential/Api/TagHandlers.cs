using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The tag routes.</summary>
internal static class TagHandlers
{
    public static ProviderResponse Create(ProviderCall<EssentialAccount> call)
    {
        var command = CreateTagCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var tag = ChannelConfigRules.CreateTag(work, command);
        work.Commit();
        return JsonResponse.Create(201, (call.Tenant.Sid, tag), static (writer, state) => EssentialJson.WriteTag(writer, state.Sid, state.tag));
    }

    /// <summary>One channel's tags, all at once (Essential documents no paging here).</summary>
    public static ProviderResponse ListForChannel(ProviderCall<EssentialAccount> call)
    {
        var includeDeleted = EssentialQuery.Boolean(call.Query, "include_deleted");
        lock (call.Tenant.Gate)
        {
            var tags = ChannelConfigRules.ListTags(call.Tenant, call.Route["channel_sid"], includeDeleted);
            return EssentialJson.ArrayResponse(200, call.Tenant.Sid, tags, EssentialJson.WriteTag);
        }
    }

    /// <summary>The account's tags (or one channel's), paged like every account-level list.</summary>
    public static ProviderResponse ListForAccount(ProviderCall<EssentialAccount> call)
    {
        var includeDeleted = EssentialQuery.Boolean(call.Query, "include_deleted");
        return ChannelScopedList.Respond(
            call,
            account => account.TagsOldestFirst().Where(tag => includeDeleted || tag.DeletedAt is null),
            static tag => tag.ChannelSid,
            EssentialJson.WriteTag,
            "include_deleted");
    }
}
