using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Hosting;

/// <summary>Outermost: records every request and the status it got, including faults and 500s.</summary>
internal sealed class JournalMiddleware
{
    private readonly RequestDelegate _next;
    private readonly RequestJournal _journal;
    private readonly SimulatorClock _clock;

    public JournalMiddleware(RequestDelegate next, RequestJournal journal, SimulatorClock clock)
    {
        _next = next;
        _journal = journal;
        _clock = clock;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        // Like WireMock, the journal records traffic to the simulated APIs, not admin calls.
        if (!_journal.IsEnabled || AdminTokenMiddleware.IsControlPath(context.Request.Path))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var feature = SimulatorRequestFeature.GetOrCreate(context, _clock);
        var snapshot = feature.Snapshot;
        var request = context.Request;
        CapturingReadStream? capture = null;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            snapshot.BodyComplete = true;
        }
        else if (request.ContentLength is { } length && length <= _journal.BodyLimitBytes)
        {
            // Small bodies are read once here and replayed; the journal and stubs see all of it.
            snapshot.Body = await BodyBuffer.ReadAllAsync(request.Body, (int)length, context.RequestAborted).ConfigureAwait(false);
            snapshot.BodyComplete = true;
            request.Body = new MemoryStream(snapshot.Body, writable: false);
        }
        else if (request.ContentLength is null or > 0)
        {
            capture = new CapturingReadStream(request.Body, _journal.BodyLimitBytes);
            request.Body = capture;
        }
        else
        {
            snapshot.BodyComplete = true;
        }

        var entry = new JournalEntry(Guid.NewGuid(), snapshot);
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) != 0)
            {
                return;
            }

            if (capture is not null && !snapshot.BodyComplete)
            {
                snapshot.Body = capture.Captured;
                snapshot.BodyTruncated = capture.Truncated || !capture.ReachedEnd;
            }

            entry.ResponseStatus = feature.Fault is null ? context.Response.StatusCode : 0;
            entry.ResponseHeaders = feature.Fault is null ? CopyHeaders(context.Response.Headers) : new Dictionary<string, StringValues>();
            entry.StubId = feature.StubId;
            entry.Fault = feature.Fault;
            entry.WasMatched = feature.StubId is not null || feature.RouteMatched;
            entry.Duration = Stopwatch.GetElapsedTime(started);
            _journal.Add(entry);
        }

        // Recorded as the response starts, i.e. before the client can see it: a test that reads
        // the journal right after its call always finds the entry.
        feature.RecordNow = Record;
        context.Response.OnStarting(static state =>
        {
            ((Action)state).Invoke();
            return Task.CompletedTask;
        }, (Action)Record);
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            Record();
        }
    }

    private static Dictionary<string, StringValues> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, StringValues>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            copy[header.Key] = header.Value;
        }

        return copy;
    }
}
