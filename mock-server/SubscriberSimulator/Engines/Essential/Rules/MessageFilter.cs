namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>searchMessages' filters, already normalised (numbers as E.164 or short codes, times in UTC); null means "any".</summary>
internal sealed record MessageFilter
{
    /// <summary>A channel SID or name, as the caller gave it (resolved under the account's lock).</summary>
    public string? Channel { get; init; }

    public string? To { get; init; }

    public string? From { get; init; }

    /// <summary>Created on or after.</summary>
    public DateTime? Start { get; init; }

    /// <summary>Created before.</summary>
    public DateTime? End { get; init; }

    public string? Status { get; init; }
}
