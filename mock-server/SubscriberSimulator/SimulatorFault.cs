namespace SubscriberSimulator;

/// <summary>
/// Faults that break the connection itself, named as in WireMock's Java dialect. WireMock.Net's own
/// faults (EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK) still write an HTTP response; these do not.
/// Any mapping asks for one with the response header <see cref="SimulatorFaults.HeaderName"/>.
/// </summary>
public enum SimulatorFault
{
    /// <summary>CONNECTION_RESET_BY_PEER: the connection is reset (an RST on a socket) with nothing written.</summary>
    ConnectionResetByPeer,

    /// <summary>EMPTY_RESPONSE: the connection is closed without a response.</summary>
    EmptyResponse,

    /// <summary>MALFORMED_RESPONSE_CHUNK: a 200 status line and headers, some garbage, then the connection closes mid-chunk.</summary>
    MalformedResponseChunk,

    /// <summary>RANDOM_DATA_THEN_CLOSE: garbage instead of an HTTP response, then the connection closes.</summary>
    RandomDataThenClose,
}
