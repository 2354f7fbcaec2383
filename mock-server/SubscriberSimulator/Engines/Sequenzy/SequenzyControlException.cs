namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A simulator control (C# API or <c>/__sim/sequenzy</c>) that cannot be carried out; <see cref="Status"/> is its HTTP status.</summary>
public sealed class SequenzyControlException : Exception
{
    public SequenzyControlException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public SequenzyControlException()
        : this(StatusCodes.Status400BadRequest, "The control request is invalid.")
    {
    }

    public SequenzyControlException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public SequenzyControlException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; }
}
