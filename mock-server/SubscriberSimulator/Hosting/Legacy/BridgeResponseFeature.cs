using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Hosting.Legacy;

/// <summary>
/// TRANSITIONAL (issue 13): the response of a legacy engine's endpoint, written to memory, with the
/// callbacks it registers (OnCompleted disposes the JSON documents it parsed).
/// </summary>
internal sealed class BridgeResponseFeature : IHttpResponseFeature, IHttpResponseBodyFeature
{
    private readonly MemoryStream _body = new();
    private readonly List<(Func<object, Task> Callback, object State)> _onCompleted = [];
    private PipeWriter? _writer;

    public int StatusCode { get; set; } = 200;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    public Stream Body
    {
        get => _body;
        set => throw new NotSupportedException("The bridge owns the response body.");
    }

    public bool HasStarted => false;

    public Stream Stream => _body;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(_body, new StreamPipeWriterOptions(leaveOpen: true));

    public void OnStarting(Func<object, Task> callback, object state)
    {
    }

    public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Add((callback, state));

    public void DisableBuffering()
    {
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Engines do not send files.");

    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.FlushAsync().ConfigureAwait(false);
        }

        foreach (var (callback, state) in _onCompleted)
        {
            await callback(state).ConfigureAwait(false);
        }

        _onCompleted.Clear();
    }

    /// <summary>Forgets what an endpoint wrote before it threw.</summary>
    public void Clear(HttpResponse response)
    {
        response.Headers.Clear();
        StatusCode = 200;
        _writer = null;
        _body.SetLength(0);
    }

    public ProviderResponse ToProviderResponse(HttpResponse response)
    {
        _writer?.FlushAsync().AsTask().GetAwaiter().GetResult();
        var result = new ProviderResponse(StatusCode, _body.ToArray(), response.ContentType);
        foreach (var (name, values) in Headers)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                result.SetHeader(name, values.ToString());
            }
        }

        return result;
    }
}
