namespace SubscriberSdk.Internal.Phones;

/// <summary>
/// What each provider accepts, in one place. Whatever the form, the SDK sends a number libphonenumber calls
/// valid, in E.164 (Essential's paths take its 10 national digits).
/// </summary>
internal static class ProviderPhones
{
    /// <summary>Attentive documents E.164 only and refuses "19148440001" or "+1---914---844---0001".</summary>
    public const PhoneForm Attentive = PhoneForm.E164Only;

    /// <summary>
    /// Attentive bulk imports read national numbers with the client's default region and send E.164: an import
    /// file holds numbers as people wrote them, and converting them is what the bulk engine's normalisation is for.
    /// </summary>
    public const PhoneForm AttentiveImport = PhoneForm.NationalOrInternational;

    /// <summary>Essential is US-only: 10 digits, 11 starting with 1, or +1 E.164; it answers with 10 digits.</summary>
    public const PhoneForm Essential = PhoneForm.UsNumber;

    /// <summary>Mobile Text Alerts takes <c>number</c> (national or international) or <c>e164Number</c>; the SDK reads either and sends <c>e164Number</c>.</summary>
    public const PhoneForm MobileTextAlerts = PhoneForm.NationalOrInternational;

    /// <summary>Sequenzy takes <c>phone</c> in E.164 or national form (with a country hint) and stores E.164; the SDK reads it and sends E.164.</summary>
    public const PhoneForm Sequenzy = PhoneForm.NationalOrInternational;
}
