using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>
/// An engine whose every request waits until it is cancelled (its client goes away or the simulator
/// stops), standing for work on a huge request: it says when a request has started and how its wait ended.
/// </summary>
public sealed class WaitingEngine : ISimulatorEngine
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id => "waiting";

    public string PathPrefix => "/waiting";

    public string StateKey => Id;

    public IReadOnlyList<ProviderRoute> Routes => [];

    /// <summary>Completes when the first request reaches the engine.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when a request's wait was cancelled.</summary>
    public Task Abandoned => _abandoned.Task;

    public async ValueTask<ProviderResponse> HandleAsync(ProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, request.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            _abandoned.TrySetResult();
            throw;
        }

        return Error(200, "unreachable");
    }

    public ValueTask<ProviderResponse> HandleControlAsync(ProviderRequest request) => ValueTask.FromResult(Error(404, "No controls."));

    public ProviderResponse Error(int status, string message) =>
        JsonResponse.Create(status, message, static (writer, text) =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", text);
            writer.WriteEndObject();
        });

    public IReadOnlyList<string> SeedDemo() => [];

    public void WriteState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    public JsonNode ExportState() => new JsonObject();

    public void ImportState(JsonNode state)
    {
    }

    public void Reset()
    {
    }
}
