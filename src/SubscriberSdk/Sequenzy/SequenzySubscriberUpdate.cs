namespace SubscriberSdk.Sequenzy;

/// <summary>Changes to an existing Sequenzy subscriber; null fields stay as they are.</summary>
public sealed class SequenzySubscriberUpdate
{
    /// <summary>A new email.</summary>
    public string? Email { get; init; }

    /// <summary>A new external id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone in E.164 form.</summary>
    public string? Phone { get; init; }

    /// <summary>Whether the subscriber agreed to texts.</summary>
    public bool? SmsConsent { get; init; }

    /// <summary>A new status.</summary>
    public SequenzySubscriberStatus? Status { get; init; }

    /// <summary>Replaces the tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Custom attributes, merged or replacing per <see cref="CustomAttributesStrategy"/>.</summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>Whether <see cref="CustomAttributes"/> merge into or replace the stored ones.</summary>
    public SequenzyCustomAttributesStrategy? CustomAttributesStrategy { get; init; }

    /// <summary>IANA time zone.</summary>
    public string? Timezone { get; init; }
}
