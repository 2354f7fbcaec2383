using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Joining and leaving a group by subscriber id (<c>/v3/groups/{groupId}/subscribers</c>). Adding is
/// idempotent (a member stays once, with its first joining time); the bulk forms skip ids with no
/// subscriber and subscribers already in (or not in) the group, and count only the ones this call
/// moved. Membership is independent of opt-out: an opted-out number can be a member and is still
/// never messaged. Writes go through <see cref="StagedSubscribers"/>, so an id named twice in one
/// request counts once.
/// </summary>
internal static class MembershipRules
{
    /// <summary>Adds one subscriber (404 when the account has no subscriber with that id).</summary>
    public static void Add(StagedSubscribers staged, MtaGroup group, long subscriberId)
    {
        var subscriber = staged.FindById(subscriberId) ?? throw RequestRefusedException.NotFound(ErrorMessages.NotFound + ".");
        Join(staged, group, subscriber);
    }

    /// <summary>Removes one subscriber; 404 when the path names no subscriber of the group.</summary>
    public static long Remove(StagedSubscribers staged, MtaGroup group, string subscriberId)
    {
        if (!long.TryParse(subscriberId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw RequestRefusedException.NotFound(ErrorMessages.NotFound + ".");
        }

        return staged.FindById(id) is { } subscriber && Leave(staged, group, subscriber)
            ? id
            : throw RequestRefusedException.NotFound(string.Create(CultureInfo.InvariantCulture, $"Subscriber {id} is not in group {group.Id}."));
    }

    /// <summary>Adds every named subscriber that exists and is not yet a member; returns how many joined.</summary>
    public static int AddMany(StagedSubscribers staged, MtaGroup group, long[] subscriberIds)
    {
        var joined = 0;
        foreach (var id in subscriberIds)
        {
            if (staged.FindById(id) is { } subscriber && Join(staged, group, subscriber))
            {
                joined++;
            }
        }

        return joined;
    }

    /// <summary>Removes every named subscriber that is a member; returns how many left.</summary>
    public static int RemoveMany(StagedSubscribers staged, MtaGroup group, long[] subscriberIds)
    {
        var left = 0;
        foreach (var id in subscriberIds)
        {
            if (staged.FindById(id) is { } subscriber && Leave(staged, group, subscriber))
            {
                left++;
            }
        }

        return left;
    }

    private static bool Join(StagedSubscribers staged, MtaGroup group, MtaSubscriber subscriber) =>
        Stage(staged, subscriber, RecordMerger.WithGroup(subscriber.Groups, group.Id, staged.NowTicks));

    private static bool Leave(StagedSubscribers staged, MtaGroup group, MtaSubscriber subscriber) =>
        Stage(staged, subscriber, RecordMerger.WithoutGroup(subscriber.Groups, group.Id));

    /// <summary>Stages the subscriber with its new memberships; false (nothing staged) when they did not change.</summary>
    private static bool Stage(StagedSubscribers staged, MtaSubscriber subscriber, MtaGroupMembership[] groups)
    {
        if (ReferenceEquals(groups, subscriber.Groups))
        {
            return false;
        }

        staged.Write(subscriber, subscriber with { Groups = groups });
        return true;
    }
}
