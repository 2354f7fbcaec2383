using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk;

/// <summary>
/// What the four provider clients share: the request pipeline they own, its clock and its disposal.
/// </summary>
public abstract class SubscriberClientBase : IDisposable
{
    /// <param name="core">The pipeline and Kiota adapter built from the provider's validated options.</param>
    private protected SubscriberClientBase(ClientCore core)
    {
        Core = core;
    }

    /// <summary>For mocking in tests: a client with no pipeline.</summary>
    protected SubscriberClientBase()
    {
    }

    /// <summary>Null only for a mock created through the protected constructor.</summary>
    private protected ClientCore? Core { get; }

    /// <summary>The clock from the options (the system clock for a mock); the bulk engine defaults to it.</summary>
    internal TimeProvider TimeProvider => Core?.Settings.TimeProvider ?? TimeProvider.System;

    /// <summary>
    /// Sends a request the typed methods do not cover, through the same pipeline: the credential,
    /// timeouts, retry (a POST or PATCH is not retried after an ambiguous failure), pacing, circuit
    /// breaker and error mapping (an error status throws the same exceptions as the typed methods).
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path and query relative to the provider's base address, e.g. <c>/v3/groups?page=2</c>.</param>
    /// <param name="jsonBody">The JSON body to send, or null for none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status, headers and body of the successful response.</returns>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="path"/> is empty or an absolute URL; nothing was sent.</exception>
    /// <exception cref="SubscriberApiException">The provider answered with an error status, or no response arrived.</exception>
    public virtual Task<SubscriberProtocolResponse> SendRequestAsync(HttpMethod method, string path, string? jsonBody = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        var relative = Guard.RelativePath(path, nameof(path));
        var core = Core ?? throw new InvalidOperationException("This client was created for mocking and has no pipeline.");
        return core.SendRawAsync(method, relative, jsonBody, cancellationToken);
    }

    /// <summary>The options' region for national phone numbers ("US" for a mock); bulk imports read records with it.</summary>
    internal string DefaultRegion => Core?.DefaultRegion ?? PhoneRegions.Default;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the HTTP client when this client created it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Core?.Dispose();
        }
    }
}
