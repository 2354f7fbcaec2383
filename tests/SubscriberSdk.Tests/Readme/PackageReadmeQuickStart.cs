using SubscriberSdk;
using SubscriberSdk.MobileTextAlerts;

namespace SubscriberSdk.Tests.Readme;

/// <summary>
/// The package README's first example, compiled here (it talks to the real provider, so it is never run).
/// The lines between the markers must equal the README's code block without its usings, which a test checks.
/// </summary>
internal static class PackageReadmeQuickStart
{
    public static async Task RunAsync()
    {
        // README quick start: begin
        var client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions { ApiKey = "..." });
        var response = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = "+14155550123",
            FirstName = "Ada",
        });
        Console.WriteLine($"{response.Outcome}: subscriber {response.Value.Id} (HTTP {response.StatusCode}, request {response.RequestId})");
        // README quick start: end
    }
}
