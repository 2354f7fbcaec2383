using SubscriberSdk;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Attentive;

namespace SubscriberSdk.Tests.Readme;

/// <summary>
/// The root README's quick start, compiled here and run by <see cref="ReadmeQuickStartTests"/> against an
/// in-process simulator with its demo tenants. The lines between the markers must equal the README's
/// code block (without its usings and its <c>simulator</c> address), which a test checks.
/// </summary>
internal static class RootReadmeQuickStart
{
    public static async Task RunAsync(string simulator)
    {
        // README quick start: begin
        // Essential: upsert on a channel, send the channel's welcome series if the subscriber is new.
        var essential = new EssentialClient(new EssentialClientOptions
        {
            BaseAddress = new Uri($"{simulator}/essential"),
            AccountSid = "essentialDemoAccount01",
            AuthToken = "demo-token-essential",
        });
        var upsert = await essential.Subscribers.UpsertAsync("essentialDemoChannel01", new EssentialUpsertRequest
        {
            PhoneNumber = "(914) 844-0001",
            EmailAddress = "ada@example.com",
            Properties = new Dictionary<string, string> { ["firstName"] = "Ada" },
            Welcome = EssentialWelcome.Message("Welcome to the club!"),
        });
        Console.WriteLine($"Essential: {upsert.Outcome} (HTTP {upsert.StatusCode})");   // Created (HTTP 201)
        Console.WriteLine($"Essential subscriber {upsert.Value.Sid}: {upsert.Value.Status}");

        // Mobile Text Alerts: create or update by number.
        var mta = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            BaseAddress = new Uri($"{simulator}/mta"),
            ApiKey = "mta_demo_key",
        });
        var created = await mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+19148440002", FirstName = "Grace" });
        Console.WriteLine($"Mobile Text Alerts: {created.Outcome} ({created.Value.E164Number})");

        // Sequenzy: double opt-in holds tags and lists until the confirmation link is clicked.
        var sequenzy = new SequenzyClient(new SequenzyClientOptions
        {
            BaseAddress = new Uri($"{simulator}/sequenzy"),
            ApiKey = "sk_live_sequenzy_demo",
        });
        var contact = await sequenzy.Subscribers.UpsertAsync(new SequenzySubscriberRequest
        {
            Email = " Ada@Example.com ",
            Tags = ["Pro Customer"],
            OptInMode = SequenzyOptInMode.DoubleOptIn,
            DuplicateStrategy = SequenzyDuplicateStrategy.Merge,
        });
        Console.WriteLine($"Sequenzy: {contact.Outcome} ({contact.Value.Email})");   // PendingConfirmation

        // Attentive: subscribe a phone through a sign-up unit.
        var attentive = new AttentiveClient(new AttentiveClientOptions
        {
            BaseAddress = new Uri($"{simulator}/attentive"),
            AccessToken = "attentive-demo-token",
        });
        var subscribed = await attentive.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest
        {
            Phone = "+19148440001",
            SignUpSourceId = "357276",
        });
        Console.WriteLine($"Attentive: {subscribed.Outcome} (HTTP {subscribed.StatusCode})");   // Created (HTTP 202)
        // README quick start: end
    }
}
