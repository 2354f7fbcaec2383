namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// A request the engine refuses. Thrown before anything is committed, so the handler only has to
/// turn it into Essential's error body; the store is untouched by construction.
/// </summary>
internal sealed class EssentialRequestException : Exception
{
    public EssentialRequestException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public int Status { get; }

    public static EssentialRequestException BadRequest(string message) => new(400, message);

    public static EssentialRequestException NotFound(string message) => new(404, message);
}
