using System.Text.Json;
using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>/api/v1/lists and /api/v1/lists/{listId}/subscribers.</summary>
internal sealed class ListEndpoints
{
    private const int MaxEmails = 100;

    private static readonly string[] AddFields = ["emails", "duplicateStrategy", "enrollInSequences", "optInMode"];

    private readonly SequenzyPipeline _pipeline;
    private readonly SequenzyRuntime _runtime;

    public ListEndpoints(SequenzyPipeline pipeline, SequenzyRuntime runtime)
    {
        _pipeline = pipeline;
        _runtime = runtime;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/lists", context => _pipeline.RunAsync(context, false, ListLists));
        routes.MapPost("/api/v1/lists/{listId}/subscribers", context => _pipeline.RunAsync(context, true, AddSubscribers));
    }

    private static SequenzyResponse ListLists(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersRead);
        call.Validate("listLists");
        var workspace = call.Workspace;
        var members = new Dictionary<string, (int All, int Active)>(StringComparer.Ordinal);
        foreach (var subscriber in workspace.ById.Values)
        {
            foreach (var membership in subscriber.Lists)
            {
                if (membership.IsCurrent)
                {
                    var (all, active) = members.GetValueOrDefault(membership.ListId);
                    members[membership.ListId] = (all + 1, active + (subscriber.Status == SubscriberStatus.Active ? 1 : 0));
                }
            }
        }

        return SequenzyResponse.Ok(writer =>
        {
            writer.WriteStartArray("lists");
            foreach (var list in workspace.Lists)
            {
                var (all, active) = members.GetValueOrDefault(list.Id);
                writer.WriteStartObject();
                writer.WriteString("id", list.Id);
                writer.WriteString("name", list.Name);
                writer.WriteString("description", list.Description);
                writer.WriteBoolean("isPrivate", list.IsPrivate);
                writer.WriteNumber("subscriberCount", all);
                writer.WriteNumber("activeSubscriberCount", active);
                writer.WriteString("createdAt", SequenzyJson.Timestamp(list.CreatedAt));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private SequenzyResponse AddSubscribers(SequenzyCall call)
    {
        call.Require(SequenzyScopes.ListsWrite, SequenzyScopes.SubscribersWrite);
        var body = call.Object(AddFields);
        if (body.StringArray("emails") is not { Length: > 0 and <= MaxEmails } emails)
        {
            throw SequenzyRequestException.BadRequest($"emails must contain 1 to {MaxEmails} items");
        }

        call.Validate("addSubscribersToList");
        var list = call.Workspace.FindList(call.RouteValue("listId") ?? string.Empty) ?? throw SequenzyRequestException.NotFound("List not found");
        var template = new UpsertCommand
        {
            DuplicateStrategy = RequestParsers.Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            OptInMode = RequestParsers.Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            ListIds = [list.Id],
        };
        call.RequireForEnrollment(body.Boolean("enrollInSequences"));

        var tx = call.Begin(_runtime);
        var results = new List<ListAddResult>(emails.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int blanks = 0, duplicates = 0;
        foreach (var raw in emails)
        {
            var text = raw.Trim().ToLowerInvariant();
            if (text.Length == 0)
            {
                blanks++;
            }
            else if (!seen.Add(text))
            {
                duplicates++;
            }
            else if (EmailAddress.TryNormalize(text) is not { } email)
            {
                results.Add(ListAddResult.Failed(text, "invalid email address"));
            }
            else
            {
                var outcome = _runtime.Upserts.Upsert(tx, template with { Email = email });
                results.Add(new ListAddResult(email, true, outcome.Created, outcome.Updated, outcome.Skipped, Array.IndexOf(outcome.JoinedListIds, list.Id) >= 0, null));
            }
        }

        tx.Commit();
        return SequenzyResponse.Ok(writer => WriteAddResponse(writer, list.Id, emails.Length, blanks, duplicates, results));
    }

    private static void WriteAddResponse(Utf8JsonWriter writer, string listId, int total, int blanks, int duplicates, List<ListAddResult> results)
    {
        int created = 0, updated = 0, skipped = 0, added = 0, failed = 0;
        foreach (var result in results)
        {
            created += result.Created ? 1 : 0;
            updated += result.Updated ? 1 : 0;
            skipped += result.Skipped ? 1 : 0;
            added += result.AddedToList ? 1 : 0;
            failed += result.Success ? 0 : 1;
        }

        writer.WriteString("listId", listId);
        writer.WriteNumber("total", total);
        writer.WriteNumber("processed", results.Count);
        writer.WriteNumber("created", created);
        writer.WriteNumber("updated", updated);
        writer.WriteNumber("skipped", skipped);
        writer.WriteNumber("addedToList", added);
        writer.WriteNumber("failed", failed);
        writer.WriteNumber("duplicateInputCount", duplicates);
        writer.WriteNumber("ignoredBlankCount", blanks);
        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("email", result.Email);
            writer.WriteBoolean("success", result.Success);
            writer.WriteBoolean("created", result.Created);
            writer.WriteBoolean("updated", result.Updated);
            writer.WriteBoolean("skipped", result.Skipped);
            writer.WriteBoolean("addedToList", result.AddedToList);
            if (result.Error is not null)
            {
                writer.WriteString("error", result.Error);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
