namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>An automation workflow of an account.</summary>
internal sealed class EssentialWorkflow
{
    public required string Sid { get; init; }

    public required string Name { get; init; }

    public bool Enabled { get; set; }

    public int? MaxSubscriberExecutions { get; set; }

    public string[] RequiredTagSids { get; set; } = [];

    public IReadOnlyDictionary<string, string> RequiredProperties { get; set; } = new Dictionary<string, string>();

    public required DateTime CreatedAt { get; init; }

    public bool StartConditionsHold(EssentialSubscriber subscriber)
    {
        foreach (var tag in RequiredTagSids)
        {
            if (!TagSidList.Contains(subscriber.TagSids, tag))
            {
                return false;
            }
        }

        foreach (var (key, expected) in RequiredProperties)
        {
            if (!subscriber.Properties.TryGetValue(key, out var actual) || !string.Equals(actual, expected, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
