namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// A request an engine refuses, with the status and message the provider would answer. Thrown
/// anywhere in a handler, a rule or a body parser before anything is committed; the pipeline turns
/// it into the provider's error body, so nothing else has to.
/// </summary>
public sealed class RequestRefusedException : Exception
{
    public RequestRefusedException(int status, string message)
        : base(message)
    {
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A refusal is a 4xx or 5xx status.");
        }

        Status = status;
    }

    public int Status { get; }

    public static RequestRefusedException BadRequest(string message) => new(400, message);

    public static RequestRefusedException NotFound(string message) => new(404, message);

    public static RequestRefusedException Conflict(string message) => new(409, message);
}
