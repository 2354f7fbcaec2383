using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

/// <summary>Rules travel through theory data by name, as <see cref="PhoneRule"/> is internal to the SDK.</summary>
internal static class PhoneAssert
{
    public static void Refused(string rule, PhoneReading reading)
    {
        Assert.Null(reading.E164);
        Assert.Equal(rule, reading.Broken.ToString());
    }
}
