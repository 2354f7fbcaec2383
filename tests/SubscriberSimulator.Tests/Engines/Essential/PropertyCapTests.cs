using System.Net;

namespace SubscriberSimulator.Tests.Engines.Essential;

/// <summary>
/// One upsert's <c>properties</c> hold at most 1000 keys, and so does what is stored after a merge:
/// beyond it a 400, before any per-key work (400k keys once took minutes of CPU).
/// </summary>
public sealed class PropertyCapTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task A_thousand_keys_are_stored_and_one_more_is_400()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var atCap = await tenant.UpsertAsync(Upsert("5009998091", Keys("k", 1000)));
        var overCap = await tenant.UpsertAsync(Upsert("5009998092", Keys("k", 1001)));

        Assert.Equal(HttpStatusCode.Created, atCap.Status);
        Assert.Contains("more than 1000 keys", overCap.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_that_would_store_more_than_a_thousand_keys_is_400()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        Assert.Equal(HttpStatusCode.Created, (await tenant.UpsertAsync(Upsert("5009998093", Keys("a", 600)))).Status);

        var merged = await tenant.UpsertAsync(Upsert("5009998093", Keys("b", 401)));

        Assert.Contains("more than 1000 keys", merged.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    private static string Keys(string prefix, int count) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $"\"{prefix}{i}\":\"v\""));

    private static string Upsert(string phone, string keys) => $"{{\"phone_number\":\"{phone}\",\"properties\":{{{keys}}}}}";
}
