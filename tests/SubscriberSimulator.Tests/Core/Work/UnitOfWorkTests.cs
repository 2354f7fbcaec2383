using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.Work;

public sealed class UnitOfWorkTests
{
    private static readonly PendingMessage Message = new("email", "a@example.com", "note", "hi", new Dictionary<string, string>());

    private static (KitHarness Kit, Notebook Notebook) Notebook()
    {
        var kit = new KitHarness();
        var notebook = new Notebook("a");
        kit.Engine.Notebooks.Add(notebook, "key-a");
        return (kit, notebook);
    }

    [Fact]
    public void A_committed_work_applies_its_changes_in_order_and_sends_its_messages_stamped_by_the_kit()
    {
        var (kit, notebook) = Notebook();

        using (var work = kit.Engine.Notebooks.BeginWork(notebook, CancellationToken.None))
        {
            work.OnCommit(() => notebook.Notes["k"] = "first");
            work.OnCommit(() => notebook.Notes["k"] += " then second");
            work.Send(Message);
            Assert.Empty(notebook.Notes);
            work.Commit();
        }

        Assert.Equal("first then second", notebook.Notes["k"]);
        var sent = Assert.Single(kit.Outbox.List());
        Assert.Equal((NotesEngine.EngineId, "a", "email", "a@example.com", TestSimulator.Epoch), (sent.Provider, sent.TenantId, sent.Channel, sent.To, sent.CreatedAt));
    }

    [Fact]
    public void A_work_disposed_without_commit_leaves_store_and_outbox_unchanged()
    {
        var (kit, notebook) = Notebook();

        using (var work = kit.Engine.Notebooks.BeginWork(notebook, CancellationToken.None))
        {
            work.OnCommit(() => notebook.Notes["k"] = "v");
            work.Send(Message);
        }

        Assert.Empty(notebook.Notes);
        Assert.Empty(kit.Outbox.List());
        Assert.False(notebook.Gate.IsHeldByCurrentThread);
    }

    [Fact]
    public void Fail_next_send_fails_the_next_sending_work_whole_then_clears()
    {
        var (kit, notebook) = Notebook();
        kit.Engine.Notebooks.SetSendFailure(notebook, SendFailure.Next);

        var failed = Assert.Throws<RequestRefusedException>(() => CommitNoteAndMessage(kit, notebook, "v1"));
        CommitNoteAndMessage(kit, notebook, "v2");

        Assert.Equal(500, failed.Status);
        Assert.Equal("v2", notebook.Notes["k"]);
        Assert.Single(kit.Outbox.List());
        Assert.Equal(SendFailure.None, notebook.SendFailure);
    }

    [Fact]
    public void The_send_failure_switch_fails_every_sending_work_until_switched_off()
    {
        var (kit, notebook) = Notebook();
        kit.Engine.Notebooks.SetSendFailure(notebook, SendFailure.Always);

        Assert.Throws<RequestRefusedException>(() => CommitNoteAndMessage(kit, notebook, "v1"));
        Assert.Throws<RequestRefusedException>(() => CommitNoteAndMessage(kit, notebook, "v2"));
        kit.Engine.Notebooks.SetSendFailure(notebook, SendFailure.None);
        CommitNoteAndMessage(kit, notebook, "v3");

        Assert.Equal("v3", notebook.Notes["k"]);
        Assert.Single(kit.Outbox.List());
    }

    [Fact]
    public void A_work_that_sends_nothing_never_meets_the_send_failure()
    {
        var (kit, notebook) = Notebook();
        kit.Engine.Notebooks.SetSendFailure(notebook, SendFailure.Next);

        using (var work = kit.Engine.Notebooks.BeginWork(notebook, CancellationToken.None))
        {
            work.OnCommit(() => notebook.Notes["k"] = "v");
            work.Commit();
        }

        Assert.Equal("v", notebook.Notes["k"]);
        Assert.Equal(SendFailure.Next, notebook.SendFailure);
    }

    [Fact]
    public void A_cancelled_request_commits_nothing()
    {
        var (kit, notebook) = Notebook();
        using var gone = new CancellationTokenSource();
        using var work = kit.Engine.Notebooks.BeginWork(notebook, gone.Token);
        work.OnCommit(() => notebook.Notes["k"] = "v");
        work.Send(Message);
        gone.Cancel();

        Assert.Throws<OperationCanceledException>(work.Commit);
        Assert.Empty(notebook.Notes);
        Assert.Empty(kit.Outbox.List());
    }

    [Fact]
    public void A_committed_work_cannot_stage_more()
    {
        var (kit, notebook) = Notebook();
        using var work = kit.Engine.Notebooks.BeginWork(notebook, CancellationToken.None);
        work.Commit();

        Assert.Throws<InvalidOperationException>(() => work.OnCommit(() => { }));
        Assert.Throws<InvalidOperationException>(work.Commit);
    }

    [Fact]
    public void Over_http_a_failed_send_rolls_back_the_whole_request()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");
        kit.Api("PUT", "/notes/k", """{"text":"draft"}""", token);
        kit.Control("POST", "/tenants/a/fail-next-send");

        var failed = kit.Api("POST", "/notes/k/send", """{"to":"a@example.com"}""", token);
        var noteAfterFailure = KitHarness.Json(kit.Api("GET", "/notes/k", token: token))!["text"]!.GetValue<string>();
        var retried = kit.Api("POST", "/notes/k/send", """{"to":"a@example.com"}""", token);

        Assert.Equal(500, failed.Status);
        Assert.Equal("draft", noteAfterFailure);
        Assert.Equal(202, retried.Status);
        Assert.Single(kit.Outbox.List());
    }

    private static void CommitNoteAndMessage(KitHarness kit, Notebook notebook, string text)
    {
        using var work = kit.Engine.Notebooks.BeginWork(notebook, CancellationToken.None);
        work.OnCommit(() => notebook.Notes["k"] = text);
        work.Send(Message);
        work.Commit();
    }
}
