using Microsoft.Extensions.Logging.Abstractions;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Sequenzy.Api;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Tests.Engines.Sequenzy.Rules;

/// <summary>The staged changes over the kit's unit of work: readable while staged, applied only by a commit.</summary>
public sealed class WorkspaceChangesTests
{
    private readonly TenantStore<SequenzyWorkspace> _store;
    private readonly SequenzyWorkspace _workspace = new("ws_changes");

    public WorkspaceChangesTests()
    {
        var options = new SimulatorOptions();
        options.Clock.Freeze();
        var services = new EngineServices(options, new Outbox(options), new RateLimiter(options.Clock, options), new SpecValidator(), NullLoggerFactory.Instance);
        _store = new TenantStore<SequenzyWorkspace>(SequenzyDialect.Instance, services);
        _store.Add(_workspace, "sk_live_changes");
    }

    [Fact]
    public void A_staged_subscriber_is_found_by_email_and_externalId_but_reaches_the_workspace_only_on_commit()
    {
        using var work = _store.BeginWork(_workspace, CancellationToken.None);
        var changes = new WorkspaceChanges(work, apiKey: null);

        var subscriber = Subscriber(changes, "a@example.com", "A-1");
        changes.Put(subscriber);
        changes.EnsureTag("lead", out var created);

        Assert.Same(subscriber, changes.FindByEmail("a@example.com"));
        Assert.Same(subscriber, changes.FindByExternalId("A-1"));
        Assert.True(created);
        Assert.Empty(_workspace.ById);
        Assert.Empty(_workspace.Tags);

        work.Commit();

        Assert.Same(subscriber, _workspace.ByEmail["a@example.com"]);
        Assert.Same(subscriber, _workspace.ByExternalId["A-1"]);
        Assert.Equal("sub_000001", subscriber.Id);
        Assert.Equal(1, _workspace.Ids.Subscribers);
        Assert.Equal(1, _workspace.Ids.Tags);
        Assert.Equal(1, _workspace.NextSequence);
    }

    [Fact]
    public void Changes_of_a_work_that_does_not_commit_leave_the_workspace_and_its_id_counters_as_they_were()
    {
        using (var work = _store.BeginWork(_workspace, CancellationToken.None))
        {
            var changes = new WorkspaceChanges(work, apiKey: null);
            changes.Put(Subscriber(changes, "gone@example.com", null));
            changes.EnsureTag("lost", out _);
        }

        using var next = _store.BeginWork(_workspace, CancellationToken.None);
        var again = new WorkspaceChanges(next, apiKey: null);

        Assert.Empty(_workspace.ById);
        Assert.Empty(_workspace.Tags);
        Assert.Equal(0, _workspace.Ids.Subscribers);
        Assert.Equal("sub_000001", again.Ids.NextSubscriberId());
    }

    [Fact]
    public void An_email_moving_between_two_subscribers_in_one_work_indexes_its_new_owner()
    {
        SequenzySubscriber first, second;
        using (var work = _store.BeginWork(_workspace, CancellationToken.None))
        {
            var changes = new WorkspaceChanges(work, apiKey: null);
            first = Subscriber(changes, "shared@example.com", "F");
            second = Subscriber(changes, "other@example.com", "S");
            changes.Put(first);
            changes.Put(second);
            work.Commit();
        }

        using (var work = _store.BeginWork(_workspace, CancellationToken.None))
        {
            var changes = new WorkspaceChanges(work, apiKey: null);
            var renamed = first.Clone();
            renamed.Email = "renamed@example.com";
            var taker = second.Clone();
            taker.Email = "shared@example.com";
            changes.Put(renamed);
            changes.Put(taker);

            Assert.Same(taker, changes.FindByEmail("shared@example.com"));
            Assert.Null(changes.FindByEmail("other@example.com"));
            work.Commit();
        }

        Assert.Equal(second.Id, _workspace.ByEmail["shared@example.com"].Id);
        Assert.Equal(first.Id, _workspace.ByEmail["renamed@example.com"].Id);
        Assert.False(_workspace.ByEmail.ContainsKey("other@example.com"));
    }

    private static SequenzySubscriber Subscriber(WorkspaceChanges changes, string email, string? externalId) => new()
    {
        Id = changes.Ids.NextSubscriberId(),
        Sequence = changes.NextSequence(),
        Email = email,
        ExternalId = externalId,
        CreatedAt = changes.Now,
        UpdatedAt = changes.Now,
    };
}
