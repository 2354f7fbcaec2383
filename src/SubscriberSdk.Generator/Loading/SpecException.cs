namespace SubscriberSdk.Generator.Loading;

/// <summary>
/// A problem in an OpenAPI document that stops generation. The message always names the file, the
/// JSON pointer and the construct, so an author can go straight to the offending spot.
/// </summary>
internal sealed class SpecException : Exception
{
    public SpecException(string file, string pointer, string construct, string problem)
        : base($"{file}: {(pointer.Length == 0 ? "#" : "#" + pointer)}: {construct}: {problem}")
    {
        File = file;
        Pointer = pointer;
        Construct = construct;
    }

    public string File { get; }

    public string Pointer { get; }

    public string Construct { get; }
}
