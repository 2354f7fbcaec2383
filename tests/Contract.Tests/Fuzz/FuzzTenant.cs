using System.Net.Http.Headers;

namespace Contract.Tests.Fuzz;

/// <summary>A seeded tenant: its credential, values for path and query parameters, and what to inspect for a store snapshot.</summary>
internal sealed record FuzzTenant(
    AuthenticationHeaderValue Authorization,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> SnapshotPaths);
