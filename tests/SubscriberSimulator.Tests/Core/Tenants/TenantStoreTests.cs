using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.Tenants;

public sealed class TenantStoreTests
{
    [Fact]
    public void Tenants_are_found_by_id_and_by_each_of_their_credentials()
    {
        var store = new KitHarness().Engine.Notebooks;
        var notebook = new Notebook("a");

        store.Add(notebook, "key-1", "key-2");

        Assert.Same(notebook, store.Get("a"));
        Assert.Same(notebook, store.FindByCredential("key-1"));
        Assert.Same(notebook, store.FindByCredential("key-2"));
        Assert.Null(store.FindByCredential("key-3"));
        Assert.Equal(["key-1", "key-2"], notebook.Credentials);
    }

    [Fact]
    public void A_taken_id_or_credential_is_a_conflict_that_adds_nothing_and_never_echoes_the_credential()
    {
        var store = new KitHarness().Engine.Notebooks;
        store.Add(new Notebook("a"), "secret-key");

        var sameId = Assert.Throws<RequestRefusedException>(() => store.Add(new Notebook("a"), "other-key"));
        var sameKey = Assert.Throws<RequestRefusedException>(() => store.Add(new Notebook("b"), "fresh-key", "secret-key"));

        Assert.Equal(409, sameId.Status);
        Assert.Equal(409, sameKey.Status);
        Assert.DoesNotContain("secret-key", sameKey.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Count);
        Assert.Null(store.FindByCredential("other-key"));
        Assert.Null(store.FindByCredential("fresh-key"));
    }

    [Fact]
    public void An_unknown_id_is_the_providers_404_naming_the_tenant_noun()
    {
        var error = Assert.Throws<RequestRefusedException>(() => new KitHarness().Engine.Notebooks.Get("nope"));

        Assert.Equal(404, error.Status);
        Assert.Equal("No simulated Notes notebook 'nope'.", error.Message);
    }

    [Fact]
    public void Removing_a_tenant_forgets_its_credentials_and_listing_keeps_creation_order()
    {
        var store = new KitHarness().Engine.Notebooks;
        store.Add(new Notebook("c"), "key-c");
        store.Add(new Notebook("a"), "key-a");
        store.Add(new Notebook("b"), "key-b");

        Assert.True(store.Remove("a"));

        Assert.Null(store.FindByCredential("key-a"));
        Assert.Equal(["c", "b"], store.All().Select(notebook => notebook.Id));
    }

    [Fact]
    public void A_work_holds_its_tenants_lock_and_only_that_one()
    {
        var store = new KitHarness().Engine.Notebooks;
        var a = new Notebook("a");
        var b = new Notebook("b");
        store.Add(a, "key-a");
        store.Add(b, "key-b");

        using (store.BeginWork(a, CancellationToken.None))
        {
            Assert.True(a.Gate.IsHeldByCurrentThread);
            Assert.False(CanEnterFromAnotherThread(a.Gate), "the tenant's lock is taken");
            Assert.True(CanEnterFromAnotherThread(b.Gate), "another tenant's lock stays free");
        }

        Assert.False(a.Gate.IsHeldByCurrentThread);
        Assert.True(CanEnterFromAnotherThread(a.Gate), "disposing the work releases the lock");
    }

    // A thread of its own: a Lock must be released by the thread that took it.
    private static bool CanEnterFromAnotherThread(Lock gate)
    {
        var entered = false;
        var thread = new Thread(() =>
        {
            entered = gate.TryEnter();
            if (entered)
            {
                gate.Exit();
            }
        });
        thread.Start();
        thread.Join();
        return entered;
    }
}
