using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace SubscriberSdk.Internal;

/// <summary>
/// Sets a fixed <c>Authorization</c> header. Kiota's own API-key provider refuses plain HTTP, which the
/// in-process simulator uses; the credential is never logged (the pipeline logs no header values).
/// </summary>
internal sealed class HeaderAuthenticationProvider(string authorization) : IAuthenticationProvider
{
    private const string HeaderName = "Authorization";

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(HeaderName);
        request.Headers.Add(HeaderName, authorization);
        return Task.CompletedTask;
    }

    /// <summary>The same header on a request built without Kiota (the protocol method).</summary>
    public void Apply(HttpRequestMessage request)
    {
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, authorization);
    }

    public static HeaderAuthenticationProvider Bearer(string token) => new($"Bearer {token}");

    public static HeaderAuthenticationProvider Basic(string user, string password) =>
        new($"Basic {Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}"))}");
}
