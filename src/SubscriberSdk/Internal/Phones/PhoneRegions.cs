using PhoneNumbers;

namespace SubscriberSdk.Internal.Phones;

/// <summary>The regions national numbers can be read in: those libphonenumber has metadata for.</summary>
internal static class PhoneRegions
{
    /// <summary>What a client reads national numbers as unless told otherwise.</summary>
    public const string Default = "US";

    /// <summary>The region in libphonenumber's spelling (upper case), or null when it has no such region.</summary>
    public static string? Canonical(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        var upper = region.Trim().ToUpperInvariant();
        return PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(upper) ? upper : null;
    }
}
