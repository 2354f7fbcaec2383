using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Tests.Core.Tenants;

public sealed class TenantDirectoryTests
{
    private sealed record Tenant(string Name);

    [Fact]
    public void FindsTenantsByIdAndCredential()
    {
        var directory = new TenantDirectory<Tenant>();
        var tenant = new Tenant("a");
        directory.Add("t1", tenant, "key-1", "key-2");

        Assert.True(directory.TryGetById("t1", out var byId));
        Assert.Same(tenant, byId);
        Assert.True(directory.TryGetByCredential("key-2", out var byKey));
        Assert.Same(tenant, byKey);
        Assert.False(directory.TryGetByCredential("key-3", out _));
        Assert.Equal(["key-1", "key-2"], directory.CredentialsOf("t1"));
    }

    [Fact]
    public void DuplicateIdsAndCredentialsAreRejectedWithoutEchoingTheCredential()
    {
        var directory = new TenantDirectory<Tenant>();
        directory.Add("t1", new Tenant("a"), "secret-key");
        Assert.Throws<InvalidOperationException>(() => directory.Add("t1", new Tenant("b"), "other"));
        var error = Assert.Throws<InvalidOperationException>(() => directory.Add("t2", new Tenant("b"), "secret-key"));
        Assert.DoesNotContain("secret-key", error.Message, StringComparison.Ordinal);
        Assert.False(directory.TryGetById("t2", out _));
        Assert.Equal(1, directory.Count);
    }

    [Fact]
    public void RemoveAndClearDropCredentials()
    {
        var directory = new TenantDirectory<Tenant>();
        directory.Add("t1", new Tenant("a"), "k1");
        directory.Add("t2", new Tenant("b"), "k2");
        Assert.True(directory.Remove("t1"));
        Assert.False(directory.TryGetByCredential("k1", out _));
        Assert.False(directory.Remove("t1"));
        directory.Clear();
        Assert.Empty(directory.All());
    }
}
