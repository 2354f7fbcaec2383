namespace SubscriberSimulator.Admin;

/// <summary>A stub mapping or request pattern that cannot be understood; answered with WireMock's 422.</summary>
public sealed class StubParseException : Exception
{
    public StubParseException(string pointer, string message)
        : base(message)
    {
        Pointer = pointer;
    }

    public StubParseException()
        : this("/", "Invalid stub mapping.")
    {
    }

    public StubParseException(string message)
        : this("/", message)
    {
    }

    public StubParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Pointer = "/";
    }

    /// <summary>JSON pointer of the offending field, e.g. "/request/urlPathPattern".</summary>
    public string Pointer { get; } = "/";
}
