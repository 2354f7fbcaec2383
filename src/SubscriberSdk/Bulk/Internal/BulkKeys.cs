using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// SHA-256 keys: a chunk key from run id, chunk index and normalised content (so a retry or a resume sends
/// the same key), and an input fingerprint that tells a resume whether the input is the one checkpointed.
/// Checkpoints store both, so the bytes hashed must not change between versions (BulkKeysTests pins them).
/// </summary>
internal static class BulkKeys
{
    // Most canonical records and every index fit; longer values borrow a pooled buffer.
    private const int StackBytes = 512;

    public static string ChunkKey<TRecord>(string runId, int chunkIndex, IEnumerable<BulkPreparedRecord<TRecord>> records)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, runId);
        Append(hash, chunkIndex);
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
            Append(hash, record.InputIndex);
            Append(hash, record.Canonical);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // The invariant decimal digits, hashed as Append(hash, value.ToString(InvariantCulture)) would, without the string.
    private static void Append(IncrementalHash hash, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        Append(hash, digits[..written]);
    }

    private static void Append(IncrementalHash hash, string value) => Append(hash, value.AsSpan());

    // Length-prefixed so that no two different field sequences hash the same bytes.
    private static void Append(IncrementalHash hash, ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        byte[]? rented = null;
        var bytes = length + 4 <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length + 4));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        Encoding.UTF8.GetBytes(value, bytes[4..]);
        hash.AppendData(bytes[..(length + 4)]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
