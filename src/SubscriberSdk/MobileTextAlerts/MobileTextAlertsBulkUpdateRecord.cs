using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>One updated record, echoing its identifier (BulkUpdateSubscribers.ResponseRecord). Decision: the provider's fragments describe this as a oneOf of three allOf variants (BulkUpdateResponseRecordWithId, BulkUpdateResponseRecordWithPhoneNumber, BulkUpdateResponseRecordWithEmail) with no discriminator, which kiota cannot deserialize (it dispatches on a discriminator that is never sent and reads nothing). It is restated as one object whose properties cover the variants; the oneOf of required lists keeps the rule that exactly one of <c>id</c>, <c>phoneNumber</c> and <c>email</c> is present. The JSON on the wire is unchanged.</summary>
public sealed class MobileTextAlertsBulkUpdateRecord
{
    /// <summary>The identifier as sent.</summary>
    public string? Email { get; init; }

    /// <summary>The identifier as sent.</summary>
    public long? Id { get; init; }

    /// <summary>The identifier as sent.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The provider's <c>record</c>.</summary>
    public MobileTextAlertsSubscriber? Record { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
