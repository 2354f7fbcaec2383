using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential welcome series. Reach it through <see cref="EssentialClient.WelcomeSeries"/>.</summary>
public class EssentialWelcomeSeriesClient : SubscriberResourceClient
{
    private readonly EssentialApiClient _api;

    private const int MaxMediaUrls = 10;

    internal EssentialWelcomeSeriesClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialWelcomeSeriesClient()
    {
        _api = null!;
    }

    /// <summary>Creates a welcome series on a channel, optionally at a position among the existing ones.</summary>
    public virtual Task<SubscriberResponse<EssentialWelcomeSeries>> CreateAsync(string channelSid, string name, int? position = null, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        if (position is < 0)
        {
            throw new InvalidSubscriberArgumentException("position must be zero or more.", nameof(position));
        }

        var body = new CreateWelcomeSeriesRequest { Name = Guard.Required(name, nameof(name), "The series name") };
        var call = Core.Call(EssentialOperations.CreateWelcomeSeries);
        return call.RunAsync(() => _api.V2.Channel[channel].Welcome_series.Create_default.PostAsync(
            body,
            configuration =>
            {
                call.Configure(configuration);
                configuration.QueryParameters.Position = position;
            },
            cancellationToken),
            EssentialModelMapper.ToWelcomeSeries);
    }

    /// <summary>Adds a message to a welcome series.</summary>
    /// <param name="channelSid">The channel.</param>
    /// <param name="seriesSid">The series.</param>
    /// <param name="name">The item's name.</param>
    /// <param name="sequenceId">Its place in the series.</param>
    /// <param name="body">The text sent.</param>
    /// <param name="mediaUrls">Up to 10 media URLs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<SubscriberResponse<EssentialWelcomeSeriesItem>> AddItemAsync(
        string channelSid, string seriesSid, string name, int sequenceId, string? body = null, IReadOnlyList<string>? mediaUrls = null, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var series = Guard.Required(seriesSid, nameof(seriesSid), "seriesSid");
        var request = new CreateWelcomeSeriesItemRequest
        {
            Name = Guard.Required(name, nameof(name), "The item name"),
            SequenceId = sequenceId,
            Body = body,
            MediaUrls = mediaUrls is null ? null : [.. Guard.Records(mediaUrls, nameof(mediaUrls), MaxMediaUrls)],
        };
        var call = Core.Call(EssentialOperations.AddWelcomeSeriesItem);
        return call.RunAsync(
            () => _api.V2.Channel[channel].Welcome_series[series].Items.PostAsync(request, call.Configure, cancellationToken), EssentialModelMapper.ToWelcomeSeriesItem);
    }
}
