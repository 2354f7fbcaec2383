namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>A control request or C# seeding call that cannot be done; carries the HTTP status for /__sim.</summary>
public sealed class MtaControlException : Exception
{
    public MtaControlException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public MtaControlException()
        : this(StatusCodes.Status400BadRequest, "Invalid control request.")
    {
    }

    public MtaControlException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public MtaControlException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; }
}
