using Microsoft.Extensions.Logging;
using Reliability.Tests.Support;
using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSimulator.Engines.Essential;

namespace Reliability.Tests.Security;

/// <summary>
/// A run with real-looking phone numbers, emails and credentials through success, validation errors,
/// refused credentials, a compliance refusal and retried faults, with the SDK's and the simulator's logs
/// captured at Trace: no log line and no exception message holds any of them in full.
/// </summary>
public sealed class LogScanningTests
{
    private const string Phone = "2129870601";
    private const string Email = "jane.private@example.com";
    private const string Landline = "2129870699";

    [Fact]
    public async Task NoLogLineOrExceptionMessageContainsAPhoneEmailOrCredential()
    {
        var logs = new CapturedLogs();
        await using var server = await LoopbackSimulator.StartAsync(options =>
            options.ConfigureLogging = logging => logging.AddProvider(new CapturingLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace)

                // ASP.NET Core's own request logging (Information and Debug) prints every request path, and
                // paths carry emails and numbers (GET /mta/v3/subscribers/{email}); the simulator keeps the
                // framework at Warning, even under --verbose (SimulatorCommand filters Microsoft.AspNetCore),
                // and this capture mirrors that configuration.
                .AddFilter("Microsoft", LogLevel.Warning));
        using var sdkLogging = LoggerFactory.Create(logging => logging.AddProvider(new CapturingLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        var tenant = ProviderTenant.Create(server);
        server.GetEngine<EssentialEngine>().SeedCarrier(tenant.EssentialAccountSid, Landline, EssentialCarrierKind.Landline);
        using var admin = server.CreateClient();
        var exceptions = new List<Exception>();

        using (var essential = SdkClients.Essential(server, tenant, sdkLogging))
        {
            await FaultStubs.AddOnceAsync(admin, FaultStubs.ServiceUnavailable, "POST", $"/essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert", tenant.EssentialBasic);
            await essential.Subscribers.UpsertAsync(tenant.EssentialChannelSid, new EssentialUpsertRequest { PhoneNumber = "+1" + Phone, EmailAddress = Email });
            await Capture(exceptions, () => essential.Subscribers.UpsertAsync(tenant.EssentialChannelSid, new EssentialUpsertRequest { PhoneNumber = "+1" + Landline, EmailAddress = Email }));
            await Capture(exceptions, () => essential.Subscribers.UpsertAsync(tenant.EssentialChannelSid, new EssentialUpsertRequest { PhoneNumber = "+1212987" }));
            await Capture(exceptions, () => essential.Subscribers.UpsertAsync("no-such-channel", new EssentialUpsertRequest { PhoneNumber = "+1" + Phone, EmailAddress = Email }));
        }

        using (var mta = SdkClients.MobileTextAlerts(server, tenant, sdkLogging))
        {
            await FaultStubs.AddOnceAsync(admin, FaultStubs.ResetAfterCommit, "POST", "/mta/v3/subscribers", tenant.Authorization("mta"));
            await mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+1" + Phone, Email = Email });
            await Capture(exceptions, () => mta.Subscribers.GetAsync(Email.Replace("jane", "nobody", StringComparison.Ordinal)));
            await Capture(exceptions, () => mta.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+1" + Phone + "99", Email = Email }));
        }

        using (var sequenzy = SdkClients.Sequenzy(server, tenant, sdkLogging))
        {
            await sequenzy.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = Email, Phone = "+1" + Phone });

            // The email travels in the URL path here, so a logged path must be redacted too.
            await FaultStubs.AddOnceAsync(admin, FaultStubs.ServiceUnavailable, "GET", "/sequenzy/api/v1/subscribers/" + Email, tenant.Authorization("sequenzy"));
            await sequenzy.Subscribers.GetAsync(SequenzySubscriberKey.ByEmail(Email));
            await Capture(exceptions, () => sequenzy.Subscribers.GetAsync(SequenzySubscriberKey.ByEmail("nobody." + Email)));
            await Capture(exceptions, () => sequenzy.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "not-an-email " + Email + " x", Phone = "+1" + Phone }));
        }

        using (var attentive = SdkClients.Attentive(server, tenant, sdkLogging))
        {
            await attentive.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+1" + Phone, Email = Email, SignUpSourceId = ProviderTenant.AttentiveSignUpSourceId });
            await Capture(exceptions, () => attentive.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+1" + Phone, SignUpSourceId = "999999" }));
        }

        // A real-looking key the server does not know.
        var wrongKey = "sk_live_" + Guid.NewGuid().ToString("N");
        using (var refused = SdkClients.SequenzyWithKey(server, wrongKey, sdkLogging))
        {
            await Capture(exceptions, () => refused.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = Email }));
        }

        var emails = new[] { Email, "nobody.private@example.com" };
        var secrets = new[] { Phone, "+1" + Phone, "%2B1" + Phone, Landline, wrongKey }
            .Concat(emails).Concat(emails.Select(Uri.EscapeDataString)).Concat(tenant.Credentials);
        // Both sides really logged: the SDK's retries and the simulator's request lines.
        Assert.Contains(logs.Lines, line => line.StartsWith("[SubscriberSdk.", StringComparison.Ordinal) && line.Contains("retry", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Lines, line => line.StartsWith("[SubscriberSimulator", StringComparison.Ordinal));
        Assert.True(exceptions.Count >= 6, $"only {exceptions.Count} failures were provoked");
        Secrets.AssertNoneAppear(logs.Lines, secrets);
        Secrets.AssertNoneAppear(exceptions.Select(exception => exception.Message), secrets);
    }

    private static async Task Capture(List<Exception> exceptions, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            exceptions.Add(exception);
        }
    }
}
