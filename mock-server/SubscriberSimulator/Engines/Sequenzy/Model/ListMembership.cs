using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>A subscriber's membership of one list; a left membership keeps its history.</summary>
internal readonly record struct ListMembership
{
    [JsonConstructor]
    public ListMembership(string listId, DateTimeOffset subscribedAt, DateTimeOffset? unsubscribedAt)
    {
        ListId = listId;
        SubscribedAt = subscribedAt;
        UnsubscribedAt = unsubscribedAt;
    }

    public string ListId { get; init; }

    public DateTimeOffset SubscribedAt { get; init; }

    public DateTimeOffset? UnsubscribedAt { get; init; }

    [JsonIgnore]
    public bool IsCurrent => UnsubscribedAt is null;
}
