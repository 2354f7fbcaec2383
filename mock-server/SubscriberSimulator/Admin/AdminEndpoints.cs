using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using SubscriberSimulator.Admin.Matching;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Journal;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator.Admin;

/// <summary>/__admin in WireMock's Java dialect: mappings, requests (journal), scenarios, reset, health.</summary>
internal static class AdminEndpoints
{
    private static readonly DateTimeOffset StartedAt = DateTimeOffset.UtcNow;

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/mappings", ListMappings);
        admin.MapPost("/mappings", CreateMapping);
        admin.MapDelete("/mappings", (HttpContext context, StubStore stubs) =>
        {
            stubs.Reset();
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
        admin.MapPost("/mappings/reset", (HttpContext context, StubStore stubs) =>
        {
            // No backing files: "restore the defaults" means no stubs.
            stubs.Reset();
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
        admin.MapGet("/mappings/{id}", GetMapping);
        admin.MapPut("/mappings/{id}", UpdateMapping);
        admin.MapDelete("/mappings/{id}", DeleteMapping);

        admin.MapGet("/requests", ListRequests);
        admin.MapDelete("/requests", ClearRequests);
        admin.MapPost("/requests/reset", ClearRequests);
        admin.MapPost("/requests/count", CountRequests);
        admin.MapPost("/requests/find", FindRequests);
        admin.MapGet("/requests/unmatched", UnmatchedRequests);
        admin.MapGet("/requests/{id}", GetRequest);

        admin.MapGet("/scenarios", (HttpContext context, StubStore stubs) => AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["scenarios"] = new JsonArray(stubs.Scenarios().Select(scenario => (JsonNode)new JsonObject
            {
                ["id"] = scenario.Name,
                ["name"] = scenario.Name,
                ["state"] = scenario.State,
                ["possibleStates"] = new JsonArray(scenario.PossibleStates.Select(state => (JsonNode?)state).ToArray()),
            }).ToArray()),
        }));
        admin.MapPost("/scenarios/reset", (HttpContext context, StubStore stubs) =>
        {
            stubs.ResetScenarios();
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
        admin.MapPut("/scenarios/{name}/state", SetScenarioState);

        admin.MapPost("/reset", (HttpContext context, SimulatorResetter resetter) =>
        {
            resetter.ResetAll(includeClock: false);
            return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
        });
        admin.MapGet("/health", Health);
        admin.MapGet("/version", (HttpContext context) => AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["version"] = Version }));
    }

    // The package version (Directory.Build.props), without the "+commit" the build appends, so it reads
    // as the version a user installed.
    private static string Version =>
        typeof(AdminEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static Task ListMappings(HttpContext context, StubStore stubs)
    {
        var all = stubs.List();
        var page = Page(context.Request.Query, all);
        return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["mappings"] = new JsonArray(page.Select(mapping => (JsonNode)mapping.Json.DeepClone()).ToArray()),
            ["meta"] = new JsonObject { ["total"] = all.Count },
        });
    }

    private static async Task CreateMapping(HttpContext context, StubStore stubs)
    {
        var body = await AdminJson.ReadObjectAsync(context, allowEmpty: false).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        if (TryParse(body, null, out var mapping, out var error))
        {
            stubs.Add(mapping);
            await AdminJson.WriteAsync(context, StatusCodes.Status201Created, mapping.Json.DeepClone()).ConfigureAwait(false);
            return;
        }

        await AdminJson.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Error parsing JSON", error!.Message, error.Pointer).ConfigureAwait(false);
    }

    private static Task GetMapping(HttpContext context, string id, StubStore stubs) =>
        Guid.TryParse(id, out var guid) && stubs.Find(guid) is { } mapping
            ? AdminJson.WriteAsync(context, StatusCodes.Status200OK, mapping.Json.DeepClone())
            : NotFound(context, "Stub mapping not found");

    private static async Task UpdateMapping(HttpContext context, string id, StubStore stubs)
    {
        if (!Guid.TryParse(id, out var guid) || stubs.Find(guid) is null)
        {
            await NotFound(context, "Stub mapping not found").ConfigureAwait(false);
            return;
        }

        var body = await AdminJson.ReadObjectAsync(context, allowEmpty: false).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        if (!TryParse(body, guid, out var mapping, out var error))
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Error parsing JSON", error!.Message, error.Pointer).ConfigureAwait(false);
            return;
        }

        if (!stubs.TryReplace(mapping))
        {
            await NotFound(context, "Stub mapping not found").ConfigureAwait(false);
            return;
        }

        await AdminJson.WriteAsync(context, StatusCodes.Status200OK, mapping.Json.DeepClone()).ConfigureAwait(false);
    }

    private static Task DeleteMapping(HttpContext context, string id, StubStore stubs) =>
        Guid.TryParse(id, out var guid) && stubs.TryRemove(guid)
            ? AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject())
            : NotFound(context, "Stub mapping not found");

    private static Task ListRequests(HttpContext context, RequestJournal journal, StubStore stubs, SimulatorClock clock)
    {
        IEnumerable<JournalEntry> entries = journal.Snapshot();
        var query = context.Request.Query;
        if (query.TryGetValue("since", out var since) && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sinceAt))
        {
            entries = entries.Where(entry => entry.Request.LoggedAt >= sinceAt);
        }

        if (query.TryGetValue("unmatched", out var unmatched) && string.Equals(unmatched, "true", StringComparison.OrdinalIgnoreCase))
        {
            entries = entries.Where(entry => !entry.WasMatched);
        }

        if (query.TryGetValue("matchingStub", out var stubId) && Guid.TryParse(stubId, out var stubGuid))
        {
            entries = entries.Where(entry => entry.StubId == stubGuid);
        }

        var filtered = entries.ToArray();
        var limited = query.TryGetValue("limit", out var limit) && int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            ? filtered.Take(max)
            : filtered;
        return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["requests"] = new JsonArray(limited.Select(entry => (JsonNode)JournalJson.ServeEvent(entry, stubs)).ToArray()),
            ["meta"] = new JsonObject { ["total"] = filtered.Length },
            ["requestJournalDisabled"] = !journal.IsEnabled,
        });
    }

    private static Task ClearRequests(HttpContext context, RequestJournal journal)
    {
        journal.Clear();
        return AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject());
    }

    private static async Task CountRequests(HttpContext context, RequestJournal journal)
    {
        var matches = await MatchJournalAsync(context, journal).ConfigureAwait(false);
        if (matches is not null)
        {
            await AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["count"] = matches.Count, ["requestJournalDisabled"] = !journal.IsEnabled }).ConfigureAwait(false);
        }
    }

    private static async Task FindRequests(HttpContext context, RequestJournal journal)
    {
        var matches = await MatchJournalAsync(context, journal).ConfigureAwait(false);
        if (matches is not null)
        {
            await AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
            {
                ["requests"] = new JsonArray(matches.Select(entry => (JsonNode)JournalJson.LoggedRequest(entry.Request)).ToArray()),
                ["requestJournalDisabled"] = !journal.IsEnabled,
            }).ConfigureAwait(false);
        }
    }

    private static Task UnmatchedRequests(HttpContext context, RequestJournal journal) =>
        AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["requests"] = new JsonArray(journal.Snapshot().Where(entry => !entry.WasMatched).Select(entry => (JsonNode)JournalJson.LoggedRequest(entry.Request)).ToArray()),
            ["requestJournalDisabled"] = !journal.IsEnabled,
        });

    private static Task GetRequest(HttpContext context, string id, RequestJournal journal, StubStore stubs) =>
        Guid.TryParse(id, out var guid) && journal.Find(guid) is { } entry
            ? AdminJson.WriteAsync(context, StatusCodes.Status200OK, JournalJson.ServeEvent(entry, stubs))
            : NotFound(context, "Request not found");

    private static async Task SetScenarioState(HttpContext context, string name, StubStore stubs)
    {
        var body = await AdminJson.ReadObjectAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var state = body["state"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (!stubs.TrySetScenarioState(name, state))
        {
            await NotFound(context, "Scenario " + name + " does not exist").ConfigureAwait(false);
            return;
        }

        await AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject()).ConfigureAwait(false);
    }

    private static Task Health(HttpContext context) =>
        AdminJson.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["status"] = "healthy",
            ["message"] = "Subscriber simulator is ok",
            ["version"] = Version,
            ["uptimeInSeconds"] = (long)(DateTimeOffset.UtcNow - StartedAt).TotalSeconds,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        });

    private static async Task<List<JournalEntry>?> MatchJournalAsync(HttpContext context, RequestJournal journal)
    {
        var body = await AdminJson.ReadObjectAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        RequestPattern pattern;
        try
        {
            pattern = RequestPattern.Parse(body, string.Empty);
        }
        catch (StubParseException exception)
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Error parsing JSON", exception.Message, exception.Pointer).ConfigureAwait(false);
            return null;
        }

        var matches = new List<JournalEntry>();
        foreach (var entry in journal.Snapshot())
        {
            if (pattern.IsMatch(entry.Request, new RequestBodyView(entry.Request.Body)))
            {
                matches.Add(entry);
            }
        }

        // WireMock's find lists oldest first.
        matches.Reverse();
        return matches;
    }

    private static bool TryParse(JsonObject body, Guid? id, out StubMapping mapping, out StubParseException? error)
    {
        try
        {
            mapping = StubMapping.Parse(body, id);
            error = null;
            return true;
        }
        catch (StubParseException exception)
        {
            mapping = null!;
            error = exception;
            return false;
        }
    }

    private static IEnumerable<T> Page<T>(IQueryCollection query, IReadOnlyList<T> items)
    {
        var offset = query.TryGetValue("offset", out var offsetText) && int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0;
        var limit = query.TryGetValue("limit", out var limitText) && int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var take) ? take : int.MaxValue;
        return items.Skip(offset).Take(limit);
    }

    private static Task NotFound(HttpContext context, string title) =>
        AdminJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, title);
}
