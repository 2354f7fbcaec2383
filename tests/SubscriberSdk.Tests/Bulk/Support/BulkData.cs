using SubscriberSdk.MobileTextAlerts;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>Valid, distinct test subscribers: US numbers +1 212 2XX XXXX and matching emails.</summary>
internal static class BulkData
{
    public static string Phone(int i) => $"+1212{2_000_000 + i:D7}";

    public static MobileTextAlertsSubscriberRequest Subscriber(int i) =>
        new() { PhoneNumber = Phone(i), Email = $"user{i}@example.com", FirstName = $"User{i}" };

    public static List<MobileTextAlertsSubscriberRequest> Subscribers(int count, int offset = 0) =>
        Enumerable.Range(offset, count).Select(Subscriber).ToList();
}
