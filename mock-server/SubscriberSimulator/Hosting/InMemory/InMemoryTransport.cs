using System.Net;
using Microsoft.AspNetCore.Connections;

namespace SubscriberSimulator.Hosting.InMemory;

/// <summary>
/// Kestrel's transport for a simulator with no socket: WireMock.Net's Kestrel host binds through it
/// (registered before Kestrel's own socket transport, which Kestrel then leaves out), and
/// <see cref="Connect"/> hands a client the other end of a new in-memory connection. The whole
/// host runs as on a socket: WireMock.Net's matching, journal, delays and the simulator's faults.
/// </summary>
/// <remarks>
/// Written here because WireMock.Net has no socket-free mode (wiremock/WireMock.Net#498) and
/// ASP.NET Core's TestServer cannot replace the Kestrel server WireMock.Net builds.
/// </remarks>
internal sealed class InMemoryTransport : IConnectionListenerFactory
{
    private InMemoryListener? _listener;

    public ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var listener = new InMemoryListener(endpoint);
        if (Interlocked.CompareExchange(ref _listener, listener, null) is not null)
        {
            throw new InvalidOperationException("An in-memory simulator listens on exactly one endpoint.");
        }

        return new ValueTask<IConnectionListener>(listener);
    }

    /// <summary>A new connection to the server; the stream is the client's end of it.</summary>
    public Stream Connect() =>
        (_listener ?? throw new InvalidOperationException("The in-memory simulator is not listening (not started, or stopped)."))
        .Connect();
}
