namespace SubscriberSdk.Sequenzy;

/// <summary>How an import treats its records.</summary>
public sealed class SequenzyImportOptions
{
    /// <summary>What to do with existing subscribers.</summary>
    public SequenzyDuplicateStrategy? DuplicateStrategy { get; init; }

    /// <summary>Consent handling for the imported subscribers.</summary>
    public SequenzyOptInMode? OptInMode { get; init; }

    /// <summary>Lists to add every imported subscriber to.</summary>
    public IReadOnlyList<string>? ListIds { get; init; }

    /// <summary>Whether to enroll them in matching sequences.</summary>
    public bool? EnrollInSequences { get; init; }

    /// <summary>Whether they agreed to texts.</summary>
    public bool? SmsConsent { get; init; }

    /// <summary>Region for phone numbers without a country code (the SDK reads them with it). Null: the client's <c>DefaultRegion</c>.</summary>
    public string? DefaultPhoneCountry { get; init; }

    /// <summary>A label shown in Sequenzy.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Sequenzy deduplicates on this key: sending the same content again answers the first import. Null
    /// makes the SDK generate one for this call, reused on every retry of it.
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
