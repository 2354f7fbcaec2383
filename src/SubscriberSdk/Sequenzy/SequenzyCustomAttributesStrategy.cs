namespace SubscriberSdk.Sequenzy;

/// <summary>How an update applies custom attributes.</summary>
public enum SequenzyCustomAttributesStrategy
{
    /// <summary>Replaces the stored attributes.</summary>
    Replace,

    /// <summary>Merges into the stored attributes per key.</summary>
    Merge,
}
