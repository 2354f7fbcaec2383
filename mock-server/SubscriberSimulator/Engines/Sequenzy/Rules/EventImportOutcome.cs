namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What an event import did: counters (total = recorded + duplicates + failed), the distinct
/// subscribers it named, the failed events by index, and what it did about double opt-in.
/// </summary>
internal sealed record EventImportOutcome(
    int Total,
    int Recorded,
    int Duplicates,
    int Subscribers,
    IReadOnlyList<(int Index, string Error)> Failures,
    OptInResult OptIn);
