using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Kiota's default handlers minus its RetryHandler (our pipeline is the only retry layer; two layers
/// would multiply attempts), with the User-Agent naming this SDK and its version.
/// </summary>
internal static class KiotaHandlerChain
{
    public static UserAgentHandlerOption UserAgent() => new()
    {
        Enabled = true,
        ProductName = SdkVersion.ProductName,
        ProductVersion = SdkVersion.Value,
    };

    public static IList<DelegatingHandler> CreateWithoutRetry() =>
        KiotaClientFactory.CreateDefaultHandlers([UserAgent()]).Where(handler => handler is not RetryHandler).ToList();
}
