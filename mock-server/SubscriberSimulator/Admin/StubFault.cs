namespace SubscriberSimulator.Admin;

/// <summary>WireMock's fault types.</summary>
public enum StubFault
{
    /// <summary>The connection is dropped with nothing written (a reset on a real socket).</summary>
    ConnectionResetByPeer,

    /// <summary>The connection is closed without a response.</summary>
    EmptyResponse,

    /// <summary>A 200 status line and headers, a little garbage body, then the connection closes mid-chunk.</summary>
    MalformedResponseChunk,

    /// <summary>Garbage bytes instead of an HTTP response, then the connection closes.</summary>
    RandomDataThenClose,
}
