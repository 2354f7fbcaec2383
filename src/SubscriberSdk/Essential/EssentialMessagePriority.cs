namespace SubscriberSdk.Essential;

/// <summary>How urgently a message goes out.</summary>
public enum EssentialMessagePriority
{
    /// <summary>Normal priority (the field is left out of the request).</summary>
    Normal,

    /// <summary>Lets other messages go first; Essential encourages it for bulk sends.</summary>
    Low,
}
