using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using WireMock.Admin.Mappings;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// Users' mappings whose answer comes from the engine that owns the path, optionally followed by a
/// <see cref="SimulatorFault"/>: "the connection reset after the server wrote". From C# they are
/// <see cref="SimulatorServer.EngineAnswer"/>; from JSON, POST /__sim/mappings takes a WireMock.Net
/// mapping whose response names at most the fault (header <see cref="SimulatorFaults.HeaderName"/>)
/// and a delay. They are WireMock.Net mappings like any other (listed, deleted and reset through
/// /__admin); their Data marks them so the state file can bring them back.
/// </summary>
internal sealed class EngineAnsweredMappings
{
    private const string MarkerKey = "answeredBy";
    private const string MarkerValue = "engine";
    private const string FaultKey = "thenFault";

    private readonly EngineAnswers _answers;

    public EngineAnsweredMappings(EngineAnswers answers)
    {
        _answers = answers;
    }

    public IResponseBuilder Response(SimulatorFault? thenFault) =>
        WireMock.ResponseBuilders.Response.Create().WithCallback(_answers.ByPathOwner(thenFault));

    /// <summary>Registers <paramref name="model"/> (WireMock.Net's mapping JSON) with the engine answering; returns its id.</summary>
    /// <exception cref="ArgumentException">The mapping is not usable (no request, an unknown fault, a response with a body).</exception>
    public Guid Add(WireMockServer server, MappingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Request is null)
        {
            throw new ArgumentException("The mapping needs a \"Request\" to match.", nameof(model));
        }

        var fault = ReadFault(model);
        var delay = model.Response?.Delay;
        var id = model.Guid ?? Guid.NewGuid();

        // WireMock.Net converts the request part; the answer is then replaced by the engine's.
        model.Guid = id;
        model.Response = new ResponseModel { StatusCode = 200 };
        model.Data = null;
        server.WithMapping(model);
        var converted = server.Mappings.Single(mapping => mapping.Guid == id);
        var mapping = server.Given(converted.RequestMatcher).WithGuid(id).AtPriority(converted.Priority)
            .WithData(new Dictionary<string, string?> { [MarkerKey] = MarkerValue, [FaultKey] = fault is { } f ? SimulatorFaults.Name(f) : null });
        if (converted.Title is { } title)
        {
            mapping = mapping.WithTitle(title);
        }

        if (converted.Scenario is { } scenario)
        {
            mapping = mapping.InScenario(scenario);
            if (converted.ExecutionConditionState is { } when)
            {
                mapping = mapping.WhenStateIs(when);
            }

            if (converted.NextState is { } next)
            {
                mapping = mapping.WillSetStateTo(next, converted.TimesInSameState);
            }
        }

        var response = Response(fault);
        mapping.RespondWith(delay is > 0 ? response.WithDelay(delay.Value) : response);
        return id;
    }

    /// <summary>True when a saved mapping's Data marks it as answered by the engine.</summary>
    public static bool IsEngineAnswered(object? data) => DataJson(data) is JsonObject marker && marker[MarkerKey]?.GetValue<string>() == MarkerValue;

    /// <summary>A saved engine-answered mapping back as the JSON /__sim/mappings takes.</summary>
    public static MappingModel ToRequestModel(MappingModel saved)
    {
        var fault = DataJson(saved.Data)?[FaultKey]?.GetValue<string>();
        saved.Response = new ResponseModel
        {
            Delay = saved.Response?.Delay,
            Headers = fault is null ? null : new Dictionary<string, object> { [SimulatorFaults.HeaderName] = fault },
        };
        return saved;
    }

    private static SimulatorFault? ReadFault(MappingModel model)
    {
        if (model.Response is { } response && (response.StatusCode is not null || response.Body is not null || response.BodyAsJson is not null || response.BodyAsBytes is not null))
        {
            throw new ArgumentException("The engine writes the answer: the \"Response\" may hold only the fault header and a \"Delay\".", nameof(model));
        }

        var headers = model.Response?.Headers;
        var name = headers?.FirstOrDefault(header => string.Equals(header.Key, SimulatorFaults.HeaderName, StringComparison.OrdinalIgnoreCase)).Value?.ToString();
        if (name is null)
        {
            return null;
        }

        return SimulatorFaults.TryParse(name, out var fault)
            ? fault
            : throw new ArgumentException($"'{name}' is not a fault: use CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK or RANDOM_DATA_THEN_CLOSE.", nameof(model));
    }

    private static JsonNode? DataJson(object? data) => data switch
    {
        null => null,
        JToken token => JsonNode.Parse(token.ToString(Newtonsoft.Json.Formatting.None)),
        IDictionary<string, string?> values => new JsonObject(values.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
        _ => null,
    };
}
