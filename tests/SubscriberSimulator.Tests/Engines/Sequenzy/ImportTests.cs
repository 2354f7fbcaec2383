using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ImportTests
{
    private const string Body = """
        {"subscribers": [
            {"email": "a@example.com", "externalId": "A", "firstName": "Ann", "tags": ["Lead"]},
            {"email": "existing@example.com", "firstName": "Ignored"},
            {"email": "not-an-email"},
            {"email": "A@example.com"},
            {"phone": "+19148440002", "firstName": "Sam", "timezone": "Not/AZone"}
         ],
         "listIds": ["list_beta"], "idempotencyKey": "run-1-chunk-0", "fileName": "chunk-0.csv"}
        """;

    [Fact]
    public async Task An_import_applies_create_semantics_and_reports_counts_and_reasons()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "existing@example.com", "firstName": "Eve"}""");

        var queued = await sim.PostAsync("/subscribers/imports", Body);
        var id = queued.String("import", "id")!;
        var status = await sim.GetAsync("/subscribers/imports/" + id);

        Assert.Equal(HttpStatusCode.OK, queued.Status);
        Assert.False(queued.Bool("deduplicated"));
        Assert.Equal("running", queued.String("import", "status"));
        Assert.Equal(0, queued.Int("import", "processedCount"));
        Assert.Equal("completed", status.String("import", "status"));
        Assert.Equal(5, status.Int("import", "totalRows"));
        Assert.Equal(5, status.Int("import", "processedCount"));
        Assert.Equal(2, status.Int("import", "addedCount"));
        Assert.Equal(2, status.Int("import", "skippedCount"));
        Assert.Equal(1, status.Int("import", "failedCount"));
        Assert.Equal(1, status.Int("import", "duplicateRows"));
        Assert.Equal(1, status.Int("import", "skippedReasons", "existing_subscriber"));
        Assert.Equal(1, status.Int("import", "skippedReasons", "duplicate_in_request"));
        Assert.Equal(1, status.Int("import", "failedReasons", "invalid_email"));
        Assert.Equal("Eve", sim.Stored("existing@example.com").FirstName);
        Assert.Equal(["lead"], sim.Stored("a@example.com").Tags);
        Assert.Equal([SequenzySim.BetaList], sim.Stored("a@example.com").ListIds);
        Assert.Equal(3, sim.Subscribers.Count);
        var rows = sim.Engine.GetImport(sim.WorkspaceId, id).Rows;
        Assert.Equal(["created", "skipped", "failed", "skipped", "created"], rows.Select(row => row.Outcome));
    }

    [Fact]
    public async Task Replaying_the_same_key_and_content_answers_the_first_import_and_applies_nothing_again()
    {
        using var sim = SequenzySim.Create();
        var first = await sim.PostAsync("/subscribers/imports", Body);
        await sim.DeleteAsync("/subscribers/a%40example.com");

        var replay = await sim.PostAsync("/subscribers/imports", Body);

        Assert.True(replay.Bool("deduplicated"));
        Assert.Equal(first.String("import", "id"), replay.String("import", "id"));
        Assert.Equal("completed", replay.String("import", "status"));
        Assert.Null(sim.Engine.FindSubscriber(sim.WorkspaceId, "a@example.com"));
    }

    [Fact]
    public async Task The_same_key_with_different_content_queues_a_new_import()
    {
        using var sim = SequenzySim.Create();
        var first = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}], "idempotencyKey": "k"}""");

        var second = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "b@example.com"}], "idempotencyKey": "k"}""");

        Assert.False(second.Bool("deduplicated"));
        Assert.NotEqual(first.String("import", "id"), second.String("import", "id"));
        Assert.Equal(2, sim.Subscribers.Count);
    }

    [Fact]
    public async Task Whole_request_errors_reject_the_import_and_change_nothing()
    {
        using var sim = SequenzySim.Create();

        var blankKey = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}], "idempotencyKey": "  "}""");
        var noIdentifier = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}, {"firstName": "X"}]}""");
        var badDate = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}, {"email": "b@example.com", "createdAt": "yesterday"}]}""");
        var empty = await sim.PostAsync("/subscribers/imports", """{"subscribers": []}""");
        var notArray = await sim.PostAsync("/subscribers/imports", """{"subscribers": {"email": "a@example.com"}}""");
        var unknownList = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}], "listIds": ["list_x"]}""");

        SequenzySim.AssertError(blankKey, HttpStatusCode.BadRequest, "idempotencyKey must not be blank");
        SequenzySim.AssertError(noIdentifier, HttpStatusCode.BadRequest, "subscribers[1]");
        SequenzySim.AssertError(badDate, HttpStatusCode.BadRequest, "subscribers[1].createdAt");
        SequenzySim.AssertError(empty, HttpStatusCode.BadRequest, "subscribers");
        SequenzySim.AssertError(notArray, HttpStatusCode.UnprocessableEntity, "subscribers");
        SequenzySim.AssertError(unknownList, HttpStatusCode.BadRequest, "listIds");
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task An_unknown_import_id_is_404_even_when_it_exists_in_another_workspace()
    {
        using var sim = SequenzySim.Create();
        var other = sim.Engine.CreateWorkspace(SequenzySim.NewWorkspace("ws_other", "sk_live_other"));
        using var otherClient = sim.ClientFor(other.ApiKey);
        var theirs = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "a@example.com"}]}""", otherClient);

        var reply = await sim.GetAsync("/subscribers/imports/" + theirs.String("import", "id"));

        SequenzySim.AssertError(reply, HttpStatusCode.NotFound, "Import not found");
    }
}
