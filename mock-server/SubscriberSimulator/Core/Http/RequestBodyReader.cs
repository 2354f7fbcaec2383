using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Http;

namespace SubscriberSimulator.Core.Http;

/// <summary>
/// TRANSITIONAL (issue 13): the body step for engines still on ASP.NET Core routing; kit engines get
/// theirs from the pipeline (<see cref="JsonBody"/>). Oversized bodies get 413, a non-JSON content
/// type 415, malformed JSON 400, each written through the engine's <see cref="IProviderEngine.WriteErrorAsync"/>.
/// </summary>
public sealed class RequestBodyReader
{
    private readonly long _maxBytes;

    public RequestBodyReader(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxBytes = options.MaxRequestBodyBytes;
    }

    /// <param name="allowEmpty">When false an empty body is a 400 ("a JSON body is required").</param>
    public async Task<RequestBodyResult> ReadJsonAsync(HttpContext context, IProviderEngine engine, bool allowEmpty, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(engine);
        var raw = await HttpBody.ReadCappedAsync(context.Request, _maxBytes, ct).ConfigureAwait(false);
        if (raw is null)
        {
            await engine.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, JsonBody.TooLargeMessage(_maxBytes), ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        JsonDocument? document;
        try
        {
            document = JsonBody.Parse(raw.Value, context.Request.ContentType, allowEmpty);
        }
        catch (RequestRefusedException refusal)
        {
            await engine.WriteErrorAsync(context, refusal.Status, refusal.Message, ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        if (document is null)
        {
            return new RequestBodyResult(true, null, ReadOnlyMemory<byte>.Empty);
        }

        context.Response.RegisterForDispose(document);
        return new RequestBodyResult(true, document.RootElement, raw.Value);
    }
}
