using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class OptionsValidationTests
{
    [Fact]
    public void An_attempt_timeout_longer_than_the_total_timeout_is_rejected_by_name()
    {
        var options = new TestClientOptions { Timeout = TimeSpan.FromSeconds(5), AttemptTimeout = TimeSpan.FromSeconds(10) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineSettings(options));

        Assert.Equal(nameof(SubscriberClientOptions.AttemptTimeout), error.ParamName);
        Assert.Contains("AttemptTimeout (10 s) is longer than Timeout (5 s)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(30, 30)]
    [InlineData(300, 30)]
    public void Setting_only_Timeout_is_enough_and_the_attempt_timeout_follows_it(int timeoutSeconds, int expectedAttemptSeconds)
    {
        var options = new TestClientOptions { Timeout = TimeSpan.FromSeconds(timeoutSeconds) };

        var settings = new PipelineSettings(options);

        Assert.Equal(TimeSpan.FromSeconds(expectedAttemptSeconds), settings.AttemptTimeout);
    }

    [Fact]
    public void A_client_with_only_a_short_Timeout_can_be_created()
    {
        using var client = new SubscriberSdk.Essential.EssentialClient(new SubscriberSdk.Essential.EssentialClientOptions
        {
            AccountSid = "AC1",
            AuthToken = "token",
            Timeout = TimeSpan.FromSeconds(10),
        });

        Assert.NotNull(client.Subscribers);
    }

    [Fact]
    public void A_timeout_outside_the_resilience_librarys_range_is_rejected_by_name()
    {
        var options = new TestClientOptions { Timeout = TimeSpan.FromDays(2) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(SubscriberClientOptions.Timeout), error.ParamName);
    }

    [Fact]
    public void Negative_retries_are_rejected()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = -1;

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Contains("MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_pacing_needs_a_positive_limit()
    {
        var options = new TestClientOptions { Pacing = PacingOptions.PerWindow(0, TimeSpan.FromSeconds(1)) };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void A_relative_base_address_is_rejected()
    {
        var options = new TestClientOptions { BaseAddress = new Uri("/v1", UriKind.Relative) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(SubscriberClientOptions.BaseAddress), error.ParamName);
    }

    [Fact]
    public void Settings_are_a_snapshot_that_later_option_changes_do_not_touch()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 2;
        var settings = new PipelineSettings(options);

        options.Retry.MaxRetries = 9;

        Assert.Equal(2, settings.Retry.MaxRetries);
    }
}
