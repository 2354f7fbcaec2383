using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// The tag changes of Sequenzy's built-in events (its default sync rules; Decision: the same for
/// every workspace): a live event first removes, then adds, its rule's tags. Any other event name
/// changes no tags.
/// </summary>
internal static class SyncRules
{
    private static readonly Dictionary<string, (string[] Remove, string[] Add)> Defaults = new(StringComparer.Ordinal)
    {
        ["saas.purchase"] = (["lead", "past-due", "cancelled", "churned"], ["customer"]),
        ["saas.churn"] = (["customer", "cancelled", "past-due"], ["churned"]),
        ["saas.cancelled"] = (["customer"], ["cancelled"]),
        ["saas.payment_failed"] = ([], ["past-due"]),
        ["saas.refund"] = ([], ["refunded"]),
        ["saas.trial_started"] = (["lead"], ["trial"]),
        ["saas.trial_ended"] = (["trial"], []),
        ["saas.upgrade"] = ([], []),
        ["saas.downgrade"] = ([], []),
    };

    /// <summary>Applies the event's rule to the subscriber being changed; returns the tags it did not have before (their definitions are ensured).</summary>
    public static string[] Apply(WorkspaceChanges changes, SequenzySubscriber subscriber, string eventName)
    {
        if (!Defaults.TryGetValue(eventName, out var rule))
        {
            return [];
        }

        var before = subscriber.Tags;
        var tags = Memberships.Union(Memberships.Except(before, rule.Remove), rule.Add);
        if (!ReferenceEquals(tags, before))
        {
            subscriber.Tags = tags;
            subscriber.UpdatedAt = changes.Now;
        }

        var added = Array.FindAll(rule.Add, tag => Array.IndexOf(before, tag) < 0);
        changes.EnsureTags(added);
        return added;
    }
}
