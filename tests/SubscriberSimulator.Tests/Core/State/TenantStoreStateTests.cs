using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.State;

public sealed class TenantStoreStateTests
{
    [Fact]
    public void Exported_tenants_import_into_a_fresh_engine_with_their_credentials_send_failure_and_data()
    {
        var source = new KitHarness();
        var alice = source.CreateNotebook("alice");
        var bob = source.CreateNotebook("bob");
        source.Engine.Notebooks.AddCredential(source.Engine.Notebooks.Get("bob"), "bob-second-key");
        source.Api("PUT", "/notes/k", """{"text":"alice's"}""", alice);
        source.Control("POST", "/tenants/bob/fail-next-send");

        var target = new KitHarness();
        target.Engine.ImportState(JsonNode.Parse(source.Engine.ExportState().ToJsonString())!);

        Assert.Equal("alice's", KitHarness.Json(target.Api("GET", "/notes/k", token: alice))!["text"]!.GetValue<string>());
        Assert.Equal(404, target.Api("GET", "/notes/k", token: bob).Status);
        Assert.Equal(200, target.Api("GET", "/notes", token: "bob-second-key").Status);
        Assert.Equal(SendFailure.Next, target.Engine.Notebooks.Get("bob").SendFailure);
        Assert.Equal(["alice", "bob"], target.Engine.Notebooks.All().Select(notebook => notebook.Id));
        Assert.Equal(source.Engine.ExportState().ToJsonString(), target.Engine.ExportState().ToJsonString());
    }

    [Theory]
    [InlineData("""{"version":1,"accounts":[]}""")]
    [InlineData("""{"version":2}""")]
    [InlineData("""{"version":2,"tenants":[{"id":"x","credentials":["k"],"send_failure":"None"}]}""")]
    [InlineData("""{"version":2,"tenants":[{"id":"x","credentials":["k"],"send_failure":"Sometimes","state":{"notes":{}}}]}""")]
    [InlineData("""{"version":2,"tenants":[{"id":"x","credentials":["k"],"send_failure":"None","state":{"notes":{}}},{"id":"y","credentials":["k"],"send_failure":"None","state":{"notes":{}}}]}""")]
    public void A_section_that_cannot_be_read_whole_is_refused_and_the_running_state_is_kept(string section)
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("kept");

        var error = Assert.Throws<InvalidDataException>(() => kit.Engine.ImportState(JsonNode.Parse(section)!));

        Assert.StartsWith("The Notes section of the state file is not valid", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, kit.Api("GET", "/notes", token: token).Status);
    }
}
