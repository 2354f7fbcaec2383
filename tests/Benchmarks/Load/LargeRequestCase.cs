namespace Benchmarks.Load;

/// <summary>
/// One request shape of <see cref="LargeRequestScenario"/> whose cost grows with a count of entries
/// (keys, tags, identifiers): its name, the sizes it is sent at, and the request for a size (a new
/// subscriber each time, or the same one for the size).
/// </summary>
/// <param name="Cap">The documented limit: more entries than this must be refused with 400; null when there is none.</param>
internal sealed record LargeRequestCase(string Name, IReadOnlyList<int> Sizes, int? Cap, Func<int, HttpRequestMessage> Create);
