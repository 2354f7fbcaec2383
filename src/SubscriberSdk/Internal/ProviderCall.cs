using Microsoft.Kiota.Abstractions;
using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Internal;

/// <summary>
/// One facade call over a generated request builder: attaches the pipeline option (policy in, status,
/// headers and request id out; the pipeline reads the headers once, so Kiota's header inspection is not asked to copy them too), maps the
/// generated model to the facade's, and wraps it in a <see cref="SubscriberResponse{T}"/>. Kiota
/// exceptions never escape it, and a success without a body is an error, so values are never null.
/// </summary>
internal sealed class ProviderCall
{
    private readonly ProviderProfile _profile;
    private readonly PipelineRequestOption _pipeline;
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    public ProviderCall(ProviderProfile profile, OperationPolicy policy, string? idempotencyKey = null, string? idempotencyHeader = null)
    {
        _profile = profile;
        _pipeline = new PipelineRequestOption(policy, idempotencyKey, idempotencyHeader);
    }

    /// <summary>Passed as the generated method's <c>requestConfiguration</c>; the query type is inferred.</summary>
    public void Configure<TQuery>(RequestConfiguration<TQuery> configuration)
        where TQuery : class, new()
    {
        configuration.Options.Add(_pipeline);
    }

    public async Task<SubscriberResponse<T>> RunAsync<TRaw, T>(Func<Task<TRaw?>> send, Func<TRaw, T> map)
        where TRaw : class
        where T : notnull
    {
        var raw = await SendAsync(send).ConfigureAwait(false);
        return new SubscriberResponse<T>(Map(raw, map), Status, Headers(), _pipeline.RequestId, _pipeline.Attempts);
    }

    public async Task<SubscriberWriteResponse<T>> WriteAsync<TRaw, T>(Func<Task<TRaw?>> send, Func<TRaw, T> map, Func<TRaw, int, OperationOutcome> outcome)
        where TRaw : class
        where T : notnull
    {
        var raw = await SendAsync(send).ConfigureAwait(false);
        return new SubscriberWriteResponse<T>(Map(raw, map), outcome(raw, Status), Status, Headers(), _pipeline.RequestId, _pipeline.Attempts);
    }

    private T Map<TRaw, T>(TRaw raw, Func<TRaw, T> map)
    {
        try
        {
            return map(raw);
        }
        catch (MissingResponseValueException)
        {
            throw ApiErrorFactory.EmptySuccess(_profile, _pipeline.Policy.Name, Status, _pipeline.RequestId, Math.Max(_pipeline.Attempts, 1));
        }
    }

    private int Status => _pipeline.StatusCode ?? 0;

    private async Task<TRaw> SendAsync<TRaw>(Func<Task<TRaw?>> send)
        where TRaw : class
    {
        TRaw? raw;
        try
        {
            raw = await send().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not SubscriberApiException and not OperationCanceledException and not ArgumentException)
        {
            // The pipeline already turned every error status into our exceptions; what remains is a
            // success response Kiota could not read (or a Kiota error for a status we let through).
            throw ApiErrorFactory.FromFailure(_profile, _pipeline.Policy.Name, e, Math.Max(_pipeline.Attempts, 1),
                $"the response could not be read ({e.GetType().Name}).");
        }

        return raw ?? throw ApiErrorFactory.EmptySuccess(_profile, _pipeline.Policy.Name, Status, _pipeline.RequestId, Math.Max(_pipeline.Attempts, 1));
    }

    private IReadOnlyDictionary<string, IReadOnlyList<string>> Headers() => _pipeline.ResponseHeaders ?? NoHeaders;
}
