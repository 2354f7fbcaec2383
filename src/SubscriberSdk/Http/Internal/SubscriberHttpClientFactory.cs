using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace SubscriberSdk.Http.Internal;

/// <summary>Builds the <see cref="HttpClient"/> a client uses when it is not created through dependency injection.</summary>
internal static class SubscriberHttpClientFactory
{
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    public static HttpClient Create(PipelineSettings settings, HttpMessageHandler? transport, ILoggerFactory? loggerFactory, PacerRegistry? pacers = null)
    {
        var first = CreateHandlerChain(settings, transport ?? CreateSocketsHandler(), loggerFactory, pacers);
        // A caller-supplied transport belongs to the caller: the client must not dispose it.
        return new HttpClient(first, disposeHandler: transport is null)
        {
            // Timeouts are the pipeline's job (total and per attempt), on the injected clock.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The pipeline's handlers in front of <paramref name="transport"/>; returns the outermost one.</summary>
    public static HttpMessageHandler CreateHandlerChain(PipelineSettings settings, HttpMessageHandler transport, ILoggerFactory? loggerFactory = null, PacerRegistry? pacers = null)
    {
        var logger = loggerFactory?.CreateLogger(SubscriberPipeline.LoggerName(settings.Profile));
        var handlers = new SubscriberPipeline(settings, logger, pacers).CreateHandlers();
        return KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(transport, [.. handlers])!;
    }

    public static SocketsHttpHandler CreateSocketsHandler() => new()
    {
        // Redirects are Kiota's RedirectHandler's job; a bounded lifetime picks up DNS changes.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = PooledConnectionLifetime,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };
}
