using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// One tenant: everything behind one account SID and token (HTTP Basic "sid:token" is its
/// credential). Read and written under the tenant's lock, like every tenant of the kit.
/// </summary>
internal sealed class EssentialAccount : Tenant
{
    public EssentialAccount(string sid, string token, DateTime createdAt)
        : base(sid)
    {
        Token = token;
        CreatedAt = createdAt;
    }

    public string Sid => Id;

    public string Token { get; }

    /// <summary>The Basic-auth credential the kit's tenant store knows this account by.</summary>
    public string Credential => Sid + ":" + Token;

    public DateTime CreatedAt { get; }

    public Dictionary<string, EssentialChannel> ChannelsBySid { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EssentialSubscriber> SubscribersBySid { get; } = new(StringComparer.Ordinal);

    public override int SubscriberCount => SubscribersBySid.Count;

    /// <summary>Subscribers are never deleted (Essential keeps them for billing), so creation order pages stably.</summary>
    public List<string> SubscriberOrder { get; } = [];

    public Dictionary<string, EssentialWorkflow> WorkflowsBySid { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, SeededCarrier> SeededCarriers { get; } = [];

    public Dictionary<(string WorkflowSid, string SubscriberSid), int> ExecutionCounts { get; } = [];

    public List<WorkflowExecution> Executions { get; } = [];

    /// <summary>Every transport of every channel, in creation order (transports are never removed).</summary>
    public List<EssentialTransport> Transports { get; } = [];

    /// <summary>Seeded campaigns in creation order.</summary>
    public List<EssentialCampaign> Campaigns { get; } = [];

    /// <summary>Messages sent through the message endpoints, oldest first; search reads them newest first.</summary>
    public List<EssentialMessage> Messages { get; } = [];

    public EssentialChannel GetChannel(string channelSid)
    {
        if (ChannelsBySid.TryGetValue(SidGenerator.StripPrefix(channelSid), out var channel))
        {
            return channel;
        }

        throw RequestRefusedException.NotFound("Channel not found.");
    }

    /// <summary>Finds a channel by SID or, as the create endpoint allows, by name.</summary>
    public EssentialChannel GetChannelBySidOrName(string sidOrName)
    {
        if (ChannelsBySid.TryGetValue(SidGenerator.StripPrefix(sidOrName), out var channel))
        {
            return channel;
        }

        foreach (var candidate in ChannelsBySid.Values)
        {
            if (string.Equals(candidate.Name, sidOrName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw RequestRefusedException.NotFound("Channel not found.");
    }

    public EssentialSubscriber GetSubscriber(string subscriberSid)
    {
        if (SubscribersBySid.TryGetValue(SidGenerator.StripPrefix(subscriberSid), out var subscriber))
        {
            return subscriber;
        }

        throw RequestRefusedException.NotFound("Subscriber not found.");
    }

    /// <summary>Subscriber SIDs in creation order: the account's, or one channel's (404 for an unknown channel).</summary>
    public List<string> SubscriberOrderOf(string? channelSid) =>
        channelSid is null ? SubscriberOrder : GetChannel(channelSid).SubscriberOrder;

    public EssentialTag? FindTag(string tagSid) =>
        FindTagInChannels(SidGenerator.StripPrefix(tagSid));

    /// <summary>
    /// The tags of every channel, oldest first. Tags are never removed (only soft-deleted), so the
    /// order pages stably; the stable sort keeps channel order between tags of the same millisecond.
    /// </summary>
    public List<EssentialTag> TagsOldestFirst() =>
        ChannelsBySid.Values.SelectMany(channel => channel.TagsBySid.Values).OrderBy(tag => tag.CreatedAt).ToList();

    public EssentialTransport? FindTransport(string transportSid) =>
        Transports.Find(transport => transport.Sid == transportSid);

    /// <summary>Swaps in the new version of a subscriber and keeps indexes and tag counters in step.</summary>
    public void CommitSubscriber(EssentialSubscriber? before, EssentialSubscriber after)
    {
        var channel = ChannelsBySid[after.ChannelSid];
        if (before is null)
        {
            SubscriberOrder.Add(after.Sid);
            channel.SubscriberOrder.Add(after.Sid);
        }
        else
        {
            AdjustTagCounters(channel, before, -1);
            if (before.PhoneNumber != after.PhoneNumber)
            {
                channel.SubscribersByPhone.Remove(before.PhoneNumber);
            }
        }

        channel.SubscribersByPhone[after.PhoneNumber] = after;
        SubscribersBySid[after.Sid] = after;
        AdjustTagCounters(channel, after, +1);
    }

    private static void AdjustTagCounters(EssentialChannel channel, EssentialSubscriber subscriber, int delta)
    {
        foreach (var tagSid in subscriber.TagSids)
        {
            if (channel.TagsBySid.TryGetValue(tagSid, out var tag))
            {
                tag.SubscribersTotal += delta;
                if (subscriber.Status == SubscriberStatus.Subscribed)
                {
                    tag.SubscribersActive += delta;
                }
            }
        }
    }

    private EssentialTag? FindTagInChannels(string tagSid)
    {
        foreach (var channel in ChannelsBySid.Values)
        {
            if (channel.TagsBySid.TryGetValue(tagSid, out var tag))
            {
                return tag;
            }
        }

        return null;
    }
}
