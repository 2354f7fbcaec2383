using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;
using SubscriberSdk.TestSupport.Http;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Runs the generated cases of every operation of one provider and checks each answer: a valid
/// request gets a documented, non-5xx status and a body that follows the spec; an invalid one
/// gets a 4xx in the provider's error shape and leaves the tenant's store and outbox unchanged.
/// Bad chunk framing goes byte for byte over a raw connection (<paramref name="connect"/>).
/// </summary>
internal sealed class FuzzRunner(
    OpenApiContract contract,
    FuzzProfile profile,
    HttpClient client,
    Func<Task<Stream>> connect,
    FuzzTenant tenant,
    SchemaValueGenerator generator,
    Func<FuzzCaseKind, ContractOperation, bool> isKnownBug)
{
    /// <summary>Bad chunk framings sent per operation that takes a body.</summary>
    public const int FramingCasesPerOperation = 3;

    private readonly BodyMutator _mutator = new(generator, contract);

    public List<FuzzFailure> Failures { get; } = [];

    public List<FuzzOperationStats> Stats { get; } = [];

    public async Task RunAsync(int casesPerOperation)
    {
        foreach (var operation in contract.Operations.Where(o => o.Provider == profile.Provider))
        {
            var stats = new FuzzOperationStats(operation.DisplayName);
            Stats.Add(stats);
            for (var index = 0; index < casesPerOperation; index++)
            {
                var fuzzCase = Build(operation, index);
                if (fuzzCase is null || isKnownBug(fuzzCase.Kind, operation))
                {
                    stats.NotApplicable++;
                    continue;
                }

                await RunCaseAsync(operation, index, fuzzCase, stats);
            }

            if (operation.RequestSchema is not null)
            {
                var oversized = new FuzzCase(FuzzCaseKind.OversizedBody, BuildPath(operation), BodyMutator.OversizedBody(), "body over 10 MB");
                await RunCaseAsync(operation, casesPerOperation, oversized, stats);
                for (var index = 0; index < FramingCasesPerOperation; index++)
                {
                    var body = (generator.Generate(operation.RequestSchema) ?? new JsonObject()).ToJsonString().Utf8();
                    var (framed, detail) = ChunkFraming.Break(body, generator.Random);
                    await RunCaseAsync(operation, casesPerOperation + 1 + index, new FuzzCase(FuzzCaseKind.BadChunkFraming, BuildPath(operation), framed, detail), stats);
                }
            }
        }
    }

    private FuzzCase? Build(ContractOperation operation, int index)
    {
        var path = BuildPath(operation);
        if (operation.RequestSchema is null)
        {
            return new FuzzCase(FuzzCaseKind.Valid, path, null, "generated query");
        }

        var body = generator.Generate(operation.RequestSchema) ?? new JsonObject();
        if (index % 2 == 0)
        {
            // The spec is the oracle: a generated body it would refuse is not sent as a valid case.
            var json = body.ToJsonString();
            return contract.ValidateRequest(operation, json).Count == 0 ? new FuzzCase(FuzzCaseKind.Valid, path, json.Utf8(), "generated body") : null;
        }

        return _mutator.Mutate(operation, body) is { } invalid ? new FuzzCase(invalid.Kind, path, invalid.Body, invalid.Detail) : null;
    }

    private string BuildPath(ContractOperation operation)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.Parameters("path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = tenant.Values.TryGetValue(name, out var known) && generator.Random.Next(5) != 0
                ? known
                : generator.Generate(parameter["schema"], name)?.ToString() ?? "x";
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        var query = new List<string>();
        foreach (var parameter in operation.Parameters("query"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var required = parameter["required"] is JsonValue flag && flag.GetValue<bool>();
            if (!required && generator.Random.Next(3) != 0)
            {
                continue;
            }

            var value = tenant.Values.TryGetValue(name, out var known) && generator.Random.Next(4) != 0
                ? known
                : Scalar(generator.Generate(parameter["schema"], name));
            query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
        }

        return profile.Provider.Prefix + path + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        JsonArray array => string.Join(',', array.Select(Scalar)),
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        null => string.Empty,
        _ => node.ToString(),
    };

    private async Task RunCaseAsync(ContractOperation operation, int index, FuzzCase fuzzCase, FuzzOperationStats stats)
    {
        var before = fuzzCase.IsValid ? null : await SnapshotAsync();
        var (status, text) = await SendAsync(operation, fuzzCase);
        stats.Statuses[status] = stats.Statuses.GetValueOrDefault(status) + 1;
        if (fuzzCase.IsValid)
        {
            stats.Valid++;
        }
        else
        {
            stats.Invalid++;
        }

        void Fail(string problem) => Failures.Add(new FuzzFailure(
            operation.DisplayName, index, fuzzCase.Kind, operation.Method, fuzzCase.PathAndQuery, status, problem, fuzzCase.Detail, fuzzCase.Preview()));

        if (status >= 500)
        {
            Fail("a 5xx answer");
            return;
        }

        var documented = operation.FindResponse(status) is not null;
        if (fuzzCase.IsValid && status >= 400)
        {
            var reason = ParseOrNull(text) is { } refusal ? Truncate(refusal.ToJsonString(), 120) : string.Empty;
            stats.ValidRefusals[reason] = stats.ValidRefusals.GetValueOrDefault(reason) + 1;
        }

        if (fuzzCase.IsValid && KnownSimulatorBugs.IsKnownUndocumentedStatus(operation, status))
        {
            return;
        }

        if (fuzzCase.IsValid || (fuzzCase.MayBeAccepted && status < 400))
        {
            foreach (var violation in contract.ValidateResponse(operation, status, text))
            {
                Fail("response breaks the spec: " + violation);
            }

            return;
        }

        if (status < 400)
        {
            Fail("an invalid request was accepted");
        }

        if (ParseOrNull(text) is var body && profile.CheckErrorBody(status, body) is { } shapeProblem)
        {
            Fail("error body: " + shapeProblem);
        }
        else if (documented)
        {
            foreach (var violation in contract.ValidateResponse(operation, status, text))
            {
                Fail("error response breaks the spec: " + violation);
            }
        }

        if (before != await SnapshotAsync())
        {
            Fail("the store or outbox changed");
        }
    }

    private async Task<(int Status, string Text)> SendAsync(ContractOperation operation, FuzzCase fuzzCase)
    {
        if (fuzzCase.Kind == FuzzCaseKind.BadChunkFraming)
        {
            return await SendFramedAsync(operation, fuzzCase);
        }

        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), fuzzCase.PathAndQuery);
        request.Headers.Authorization = tenant.Authorization;
        if (fuzzCase.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzzCase.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(int Status, string Text)> SendFramedAsync(ContractOperation operation, FuzzCase fuzzCase)
    {
        await using var connection = await connect();
        await connection.WriteAsync(ChunkFraming.Head(operation.Method, fuzzCase.PathAndQuery, tenant.Authorization.ToString()));
        await connection.WriteAsync(fuzzCase.Body);

        // A bound for a failing run only (a server that waits for more body); an answer takes milliseconds.
        var answer = await RawHttpAnswer.ReadAsync(connection).WaitAsync(TimeSpan.FromSeconds(30));
        return (answer.Status, answer.Body);
    }

    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var path in tenant.SnapshotPaths)
        {
            using var response = await client.GetAsync("__sim/" + path);
            parts.Add(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + await response.Content.ReadAsStringAsync());
        }

        return string.Join('\n', parts);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
