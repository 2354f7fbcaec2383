namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>A request that cannot be served; the handler turns it into the provider's error body.</summary>
internal sealed class MtaRequestException : Exception
{
    public MtaRequestException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public MtaRequestException()
        : this(StatusCodes.Status400BadRequest, "Bad request.")
    {
    }

    public MtaRequestException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public MtaRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; }

    public static MtaRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static MtaRequestException NotFound(string message) => new(StatusCodes.Status404NotFound, message);
}
