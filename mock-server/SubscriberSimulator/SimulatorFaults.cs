namespace SubscriberSimulator;

/// <summary>
/// How a mapping asks for a <see cref="SimulatorFault"/>: a response header whose value is the
/// fault's name, e.g. <c>"X-Simulator-Fault": "CONNECTION_RESET_BY_PEER"</c>, in any dialect (C#
/// fluent API, WireMock.Net admin JSON, Java-format JSON). The header never reaches the client.
/// </summary>
public static class SimulatorFaults
{
    public const string HeaderName = "X-Simulator-Fault";

    private static readonly string[] Names = ["CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"];

    /// <summary>The fault's name in WireMock's Java dialect, e.g. "CONNECTION_RESET_BY_PEER".</summary>
    public static string Name(SimulatorFault fault) =>
        Enum.IsDefined(fault) ? Names[(int)fault] : throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");

    /// <summary>Reads a fault name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? name, out SimulatorFault fault)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                fault = (SimulatorFault)i;
                return true;
            }
        }

        fault = default;
        return false;
    }
}
