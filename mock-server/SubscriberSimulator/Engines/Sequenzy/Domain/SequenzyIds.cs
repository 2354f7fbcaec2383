using System.Globalization;

namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>
/// Engine-wide id counters, so ids are unique across workspaces (one workspace can never address
/// another's record by guessing) and deterministic for tests. Saved with the state.
/// </summary>
internal sealed class SequenzyIds
{
    private long _subscriber;
    private long _tag;
    private long _list;
    private long _import;
    private long _workspace;

    public string NextSubscriberId() => "sub_" + Next(ref _subscriber);

    public string NextTagId() => "tag_" + Next(ref _tag);

    public string NextListId() => "list_" + Next(ref _list);

    public string NextImportId() => "imp_" + Next(ref _import);

    public string NextWorkspaceId() => "ws_" + Next(ref _workspace);

    /// <summary>A confirmation-link token: random, so a test cannot confirm without reading the email.</summary>
    public static string NewToken() => "doi_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    public long[] Export() => [Volatile.Read(ref _subscriber), Volatile.Read(ref _tag), Volatile.Read(ref _list), Volatile.Read(ref _import), Volatile.Read(ref _workspace)];

    public void Import(long[] counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        if (counters.Length != 5)
        {
            throw new InvalidDataException("The Sequenzy state's id counters must have 5 entries.");
        }

        Interlocked.Exchange(ref _subscriber, counters[0]);
        Interlocked.Exchange(ref _tag, counters[1]);
        Interlocked.Exchange(ref _list, counters[2]);
        Interlocked.Exchange(ref _import, counters[3]);
        Interlocked.Exchange(ref _workspace, counters[4]);
    }

    public void Reset() => Import([0, 0, 0, 0, 0]);

    private static string Next(ref long counter) =>
        Interlocked.Increment(ref counter).ToString("x6", CultureInfo.InvariantCulture);
}
