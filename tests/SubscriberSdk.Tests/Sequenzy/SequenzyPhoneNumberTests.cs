using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Sequenzy;

public sealed class SequenzyPhoneNumberTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_national_phone_is_read_in_the_clients_DefaultRegion_and_stored_as_E164()
    {
        using var tenant = new SequenzyTestTenant(simulator, configure: o => o.DefaultRegion = "BS");

        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "bahamas@example.com", Phone = "18270150" });
        var stored = await tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByEmail("bahamas@example.com"));

        Assert.Equal("+12428270150", stored.Value?.Phone);
    }

    [Fact]
    public async Task An_import_reads_national_phones_in_its_DefaultPhoneCountry()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Imports.CreateAsync(
            [new SequenzySubscriberRequest { Email = "a@example.com", Phone = "020 7183 8750" }],
            new SequenzyImportOptions { DefaultPhoneCountry = "XX" }));
        var accepted = await tenant.Client.Imports.CreateAsync(
            [new SequenzySubscriberRequest { Email = "a@example.com", Phone = "020 7183 8750" }],
            new SequenzyImportOptions { DefaultPhoneCountry = "GB" });

        Assert.Equal("options.DefaultPhoneCountry", error.ParamName);
        Assert.NotNull(accepted.Value);
    }
}
