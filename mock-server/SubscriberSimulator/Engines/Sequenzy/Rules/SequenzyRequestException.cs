namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>A request the rules refuse; the engine answers it as <c>{"success": false, "error": Message}</c> with <see cref="Status"/>.</summary>
internal sealed class SequenzyRequestException : Exception
{
    public SequenzyRequestException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public SequenzyRequestException()
        : this(StatusCodes.Status400BadRequest, "Bad request")
    {
    }

    public SequenzyRequestException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public SequenzyRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; }

    public static SequenzyRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static SequenzyRequestException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static SequenzyRequestException Conflict(string message) => new(StatusCodes.Status409Conflict, message);
}
