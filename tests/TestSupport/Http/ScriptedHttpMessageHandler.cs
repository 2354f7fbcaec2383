using System.Net;
using System.Text;

namespace SubscriberSdk.TestSupport.Http;

/// <summary>
/// The innermost handler for tests: records every request and answers from a script of responses,
/// one per request in order, then from a fallback. No socket, no real time.
/// </summary>
public sealed class ScriptedHttpMessageHandler(TimeProvider? timeProvider = null) : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _countWaiters = [];
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _fallback =
        (_, _) => Task.FromResult(Json(HttpStatusCode.OK, "{}"));

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public int RequestCount
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    public ScriptedHttpMessageHandler Respond(HttpStatusCode status, string json = "{}", params (string Name, string Value)[] headers) =>
        Then((_, _) => Task.FromResult(Json(status, json, headers)));

    public ScriptedHttpMessageHandler Throw(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>A response that never arrives until the request is cancelled (for timeout tests).</summary>
    public ScriptedHttpMessageHandler Hang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, ct).ConfigureAwait(false);
        throw new InvalidOperationException("unreachable");
    });

    public ScriptedHttpMessageHandler Then(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        lock (_gate)
        {
            _script.Enqueue(responder);
        }

        return this;
    }

    /// <summary>How every request after the script runs out is answered.</summary>
    public ScriptedHttpMessageHandler Otherwise(HttpStatusCode status, string json = "{}", params (string Name, string Value)[] headers)
    {
        lock (_gate)
        {
            _fallback = (_, _) => Task.FromResult(Json(status, json, headers));
        }

        return this;
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived; fails after a real-time safety limit.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? safetyLimit = null)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _countWaiters.Add((count, done));
        }

        using var safety = new CancellationTokenSource(safetyLimit ?? TimeSpan.FromSeconds(20));
        await done.Task.WaitAsync(safety.Token).ConfigureAwait(false);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder;
        RecordedRequest recorded;
        List<TaskCompletionSource> released = [];
        var captured = await RecordedRequest.CaptureAsync(request, _time.GetUtcNow(), 0, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            recorded = captured with { Sequence = _requests.Count + 1 };
            _requests.Add(recorded);
            responder = _script.Count > 0 ? _script.Dequeue() : _fallback;
            foreach (var waiter in _countWaiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _countWaiters.Remove(waiter);
                released.Add(waiter.Done);
            }
        }

        foreach (var done in released)
        {
            done.TrySetResult();
        }

        var response = await responder(recorded, cancellationToken).ConfigureAwait(false);
        response.RequestMessage ??= request;
        return response;
    }
}
