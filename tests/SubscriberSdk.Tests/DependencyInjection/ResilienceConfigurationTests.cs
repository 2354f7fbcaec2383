using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Support;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.DependencyInjection;

/// <summary>
/// The pipeline registered through dependency injection runs on the container's clock and is reconfigured
/// with the resilience library's standard options (<see cref="HttpStandardResilienceOptions"/>).
/// </summary>
public sealed class ResilienceConfigurationTests : IAsyncDisposable
{
    private static readonly string OptionsName = typeof(EssentialClient).FullName!;
    private readonly TimerTrackingTimeProvider _time = new();
    private readonly ScriptedHttpMessageHandler _transport;
    private readonly ServiceCollection _services = new();
    private ServiceProvider? _provider;

    public ResilienceConfigurationTests()
    {
        _transport = new ScriptedHttpMessageHandler(_time);
        _services.AddSingleton<TimeProvider>(_time);
    }

    [Fact]
    public async Task ConfigureResilience_changes_the_retry_and_every_wait_runs_on_the_containers_clock()
    {
        _transport.Otherwise(HttpStatusCode.ServiceUnavailable);
        AddEssential()
            .ConfigureResilience(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 1;
                resilience.Retry.Delay = TimeSpan.FromSeconds(3);
                resilience.Retry.UseJitter = false;
            });
        var client = Resolve<EssentialClient>();

        var call = client.Subscribers.GetAsync("SB1");
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(3)).Bounded();
        Assert.Equal(1, _transport.RequestCount);
        _time.Advance(TimeSpan.FromSeconds(3));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Equal(2, error.Details.Attempts);
        Assert.Equal(2, _transport.RequestCount);
        Assert.Equal(_time.Start + TimeSpan.FromSeconds(3), _transport.Requests[1].ReceivedAt);
    }

    [Fact]
    public void The_readme_example_reconfigures_from_code_and_keeps_the_sdk_defaults_elsewhere()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SubscriberSdk:Essential:AccountSid"] = "AC1",
            ["SubscriberSdk:Essential:AuthToken"] = "token",
            ["SubscriberSdk:Essential:Timeout"] = "00:00:45",
        }).Build();
        var services = _services;

        // README "Reconfiguring the pipeline", as written there.
        services.AddEssentialClient(configuration.GetSection(EssentialClientOptions.SectionName))
            .ConfigureResilience(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 5;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            });

        var options = Resolve<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(OptionsName);
        Assert.Equal(5, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(45), options.TotalRequestTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Retry.Delay);
        Assert.False(options.Retry.ShouldRetryAfterHeader);
        Assert.NotNull(options.RateLimiter.RateLimiter);
        Assert.NotNull(Resolve<EssentialClient>().Subscribers);
    }

    [Fact]
    public void ConfigureResilience_binds_a_configuration_section()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Resilience:Retry:MaxRetryAttempts"] = "4",
            ["Resilience:AttemptTimeout:Timeout"] = "00:00:12",
            ["Resilience:CircuitBreaker:BreakDuration"] = "00:01:00",
        }).Build().GetSection("Resilience");

        AddEssential().ConfigureResilience(section);

        var options = Resolve<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(OptionsName);
        Assert.Equal(4, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(12), options.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.CircuitBreaker.BreakDuration);
        Assert.Equal(TimeSpan.FromSeconds(100), options.TotalRequestTimeout.Timeout);
    }

    [Fact]
    public void An_attempt_timeout_longer_than_the_total_is_refused_naming_both()
    {
        AddEssential().ConfigureResilience(resilience =>
        {
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
        });

        var error = Assert.Throws<OptionsValidationException>(Resolve<EssentialClient>);

        Assert.Contains("AttemptTimeout.Timeout (40 s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("TotalRequestTimeout.Timeout (20 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortening_only_the_total_timeout_shortens_the_unset_attempt_timeout_with_it()
    {
        _transport.Hang();
        AddEssential().ConfigureResilience(resilience => resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8));
        var client = Resolve<EssentialClient>();

        var call = client.Subscribers.GetAsync("SB1");
        await _transport.WaitForRequestsAsync(1);
        Assert.Equal([TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)], _time.PendingDueTimes());
        _time.Advance(TimeSpan.FromSeconds(8));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureResilience_on_another_http_client_says_where_it_belongs()
    {
        var other = _services.AddHttpClient("not-an-sdk-client");

        var error = Assert.Throws<InvalidOperationException>(() => other.ConfigureResilience(_ => { }));

        Assert.Contains("AddEssentialClient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_works_beside_the_standard_resilience_handler_of_another_http_client()
    {
        // The standard handler registers validators for every HttpStandardResilienceOptions; the SDK's defaults must pass them.
        _services.AddHttpClient("other").AddStandardResilienceHandler();
        _transport.Otherwise(HttpStatusCode.OK, "{\"sid\":\"SB1\"}");
        AddEssential();

        var response = await Resolve<EssentialClient>().Subscribers.GetAsync("SB1").Bounded();

        Assert.Equal("SB1", response.Value?.Sid);
        Assert.NotNull(Resolve<IHttpClientFactory>().CreateClient("other"));
    }

    [Fact]
    public async Task Logs_through_the_container_never_contain_a_phone_number_an_email_or_the_credential()
    {
        using var logs = new ListLoggerProvider();
        _services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        _transport
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Otherwise(HttpStatusCode.BadRequest, "{\"status\":400,\"message\":\"jane.doe@example.com / +14155550123 is invalid\"}");
        _services.AddEssentialClient(o =>
        {
            o.AccountSid = "AC1";
            o.AuthToken = "secret-token-value";
            o.BaseAddress = new Uri("https://essential.test");
            o.Transport = _transport;
            o.Retry.UseJitter = false;
        });
        var client = Resolve<EssentialClient>();

        var call = client.Subscribers.UpsertAsync("CH1", new EssentialUpsertRequest { PhoneNumber = "+14155550123", EmailAddress = "jane.doe@example.com" });
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(1)).Bounded();
        _time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<RequestValidationException>(() => call.Bounded());

        var text = string.Join("\n", logs.Lines);
        Assert.Contains("retry 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    private IHttpClientBuilder AddEssential() => _services.AddEssentialClient(o =>
    {
        o.AccountSid = "AC1";
        o.AuthToken = "token";
        o.BaseAddress = new Uri("https://essential.test");
        o.Transport = _transport;
    });

    private T Resolve<T>()
        where T : notnull
    {
        _provider ??= _services.BuildServiceProvider();
        return _provider.GetRequiredService<T>();
    }
}
