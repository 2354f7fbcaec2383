namespace SubscriberSdk.Phones.Tests;

/// <summary>One number with what libphonenumber-js says about it (TestData/libphonenumber-js-vectors.json).</summary>
public sealed record LibphonenumberJsVector(
    string Region,
    string Source,
    string E164,
    string NationalNumber,
    string Type,
    bool Valid,
    string? DetectedRegion,
    string National,
    string International,
    bool? NationalParsesBack)
{
    /// <summary>A stable name for the test case: region and where the number came from.</summary>
    public string Id => $"{Region} {Source} {E164}";

    /// <summary>libphonenumber-js's type name ("FIXED_LINE_OR_MOBILE") as our enum.</summary>
    public PhoneNumberType ExpectedType => Type switch
    {
        "FIXED_LINE" => PhoneNumberType.FixedLine,
        "MOBILE" => PhoneNumberType.Mobile,
        "FIXED_LINE_OR_MOBILE" => PhoneNumberType.FixedLineOrMobile,
        "TOLL_FREE" => PhoneNumberType.TollFree,
        "PREMIUM_RATE" => PhoneNumberType.PremiumRate,
        "SHARED_COST" => PhoneNumberType.SharedCost,
        "VOIP" => PhoneNumberType.Voip,
        "PERSONAL_NUMBER" => PhoneNumberType.PersonalNumber,
        "PAGER" => PhoneNumberType.Pager,
        "UAN" => PhoneNumberType.Uan,
        "VOICEMAIL" => PhoneNumberType.Voicemail,
        _ => PhoneNumberType.Unknown,
    };
}
