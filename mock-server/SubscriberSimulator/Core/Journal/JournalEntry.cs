using Microsoft.Extensions.Primitives;

namespace SubscriberSimulator.Core.Journal;

/// <summary>One served request: what came in, what went out, and whether a stub answered it.</summary>
public sealed class JournalEntry
{
    public JournalEntry(Guid id, RequestSnapshot request)
    {
        Id = id;
        Request = request;
    }

    public Guid Id { get; }

    public RequestSnapshot Request { get; }

    public int ResponseStatus { get; set; }

    public IReadOnlyDictionary<string, StringValues> ResponseHeaders { get; set; } = new Dictionary<string, StringValues>();

    /// <summary>The stub that answered, or null when an engine (or nothing) did.</summary>
    public Guid? StubId { get; set; }

    /// <summary>The fault a stub injected, if any.</summary>
    public string? Fault { get; set; }

    /// <summary>True when a stub or an engine route handled the request.</summary>
    public bool WasMatched { get; set; }

    public TimeSpan Duration { get; set; }
}
