using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// SHA-256 keys: a chunk key from run id, chunk index and normalised content (so a retry or a resume sends
/// the same key), and an input fingerprint that tells a resume whether the input is the one checkpointed.
/// </summary>
internal static class BulkKeys
{
    public static string ChunkKey<TRecord>(string runId, int chunkIndex, IEnumerable<BulkPreparedRecord<TRecord>> records)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, runId);
        Append(hash, chunkIndex.ToString(CultureInfo.InvariantCulture));
        foreach (var record in records)
        {
            Append(hash, record.Canonical);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string InputFingerprint<TRecord>(string provider, BulkOptions options, int inputCount, IEnumerable<BulkPreparedRecord<TRecord>> records)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, provider);
        Append(hash, string.Create(CultureInfo.InvariantCulture, $"{inputCount}|{options.ChunkSize}|{options.CreateOnly}"));
        foreach (var record in records)
        {
            Append(hash, record.InputIndex.ToString(CultureInfo.InvariantCulture));
            Append(hash, record.Canonical);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Length-prefixed so that no two different field sequences hash the same bytes.
    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
