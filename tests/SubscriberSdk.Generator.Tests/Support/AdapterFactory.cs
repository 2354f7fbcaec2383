using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>
/// An HttpClientRequestAdapter over Kiota's default handlers (minus RetryHandler, so error statuses
/// are not retried with real delays) ending in a recording handler.
/// </summary>
internal static class AdapterFactory
{
    public const string BaseUrl = "http://simulator.test/prefix";

    public static HttpClientRequestAdapter Create(RecordingHandler handler)
    {
        var handlers = KiotaClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToArray();
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(handler, handlers)!;
        var httpClient = new HttpClient(first);
        return new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: httpClient) { BaseUrl = BaseUrl };
    }
}
