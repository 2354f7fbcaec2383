using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;

namespace SubscriberSimulator.Hosting.Faults;

/// <summary>
/// Kestrel connections by id (HttpContext.Connection.Id), so a fault can write raw bytes to the
/// socket (RANDOM_DATA_THEN_CLOSE) instead of going through HTTP framing.
/// </summary>
internal sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConnectionContext> _connections = new(StringComparer.Ordinal);

    public ConnectionContext? Find(string connectionId) => _connections.GetValueOrDefault(connectionId);

    /// <summary>Kestrel connection middleware that keeps the registry current.</summary>
    public ConnectionDelegate Track(ConnectionDelegate next) => async connection =>
    {
        _connections[connection.ConnectionId] = connection;
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection.ConnectionId, out _);
        }
    };
}
