using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SubscriberSdk.Bulk;

/// <summary>
/// The default checkpoint store: one file of JSON lines (the run's manifest, then one line per finished
/// chunk), appended and flushed to disk after each chunk, so a killed process loses at most the chunk
/// it was writing. A torn last line (the crash hit mid-write) is ignored; that chunk is sent again.
/// </summary>
public sealed class FileBulkCheckpointStore : IBulkCheckpointStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a store writing to <paramref name="path"/> (its folder must exist).</summary>
    public FileBulkCheckpointStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async ValueTask<BulkCheckpoint?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var lines = await File.ReadAllLinesAsync(Path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        var content = lines.Where(line => !string.IsNullOrWhiteSpace(line)).ToArray();
        if (content.Length == 0)
        {
            return null;
        }

        var manifest = Parse<BulkRunManifest>(content[0], 1, isLast: false)
            ?? throw new InvalidDataException($"The checkpoint file {Path} does not start with a run manifest.");
        List<BulkChunkCheckpoint> chunks = [];
        for (var i = 1; i < content.Length; i++)
        {
            if (Parse<BulkChunkCheckpoint>(content[i], i + 1, isLast: i == content.Length - 1) is { } chunk)
            {
                chunks.Add(chunk);
            }
        }

        return new BulkCheckpoint(manifest, chunks);
    }

    /// <inheritdoc />
    public async ValueTask BeginAsync(BulkRunManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteLineAsync(manifest, FileMode.Create, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask RecordChunkAsync(BulkChunkCheckpoint chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);

        // Recording must not be abandoned half-way because the run was cancelled: the chunk is done.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await WriteLineAsync(chunk, FileMode.Append, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteLineAsync<T>(T value, FileMode mode, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var stream = new FileStream(Path, mode, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
    }

    private T? Parse<T>(string line, int lineNumber, bool isLast)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException) when (isLast)
        {
            return null;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The checkpoint file {Path} is damaged at line {lineNumber}; delete it to start the run afresh.", e);
        }
    }
}
