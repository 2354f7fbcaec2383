namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>A request the simulated Attentive refuses; becomes <c>{"error":{"id","message"}}</c> with the status.</summary>
internal sealed class AttentiveRequestException : Exception
{
    public AttentiveRequestException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public AttentiveRequestException()
        : this(StatusCodes.Status400BadRequest, "Invalid parameter in request query or body.")
    {
    }

    public AttentiveRequestException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public AttentiveRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; }

    public static AttentiveRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static AttentiveRequestException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static AttentiveRequestException Conflict(string message) => new(StatusCodes.Status409Conflict, message);
}
