namespace SubscriberSdk.Phones.Internal;

/// <summary>How a metadata pattern is applied to a digit string.</summary>
internal enum PatternAnchoring
{
    /// <summary>The whole string must match (libphonenumber's "matches entirely").</summary>
    Entire,

    /// <summary>A match must start at the first character (leading digits, national prefixes).</summary>
    Prefix,
}
