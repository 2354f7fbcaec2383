using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Core.Control;

/// <summary>The controls every kit engine shares under /__sim/&lt;provider&gt;/tenants.</summary>
public sealed class ControlPipelineTests
{
    [Fact]
    public void Tenants_are_created_listed_described_and_removed()
    {
        var kit = new KitHarness();
        var token = kit.CreateNotebook("a");
        kit.CreateNotebook("b");
        kit.Control("POST", "/tenants/a/notes", """{"key":"k","text":"seeded"}""");

        var list = KitHarness.Json(kit.Control("GET", "/tenants"))!.AsArray();
        var described = KitHarness.Json(kit.Control("GET", "/tenants/a"))!;
        var removed = kit.Control("DELETE", "/tenants/a");

        Assert.Equal(["a:1", "b:0"], list.Select(entry => $"{entry!["id"]}:{entry["notes"]}"));
        Assert.Equal("seeded", described["notes"]!["k"]!.GetValue<string>());
        Assert.Equal(204, removed.Status);
        Assert.Equal(401, kit.Api("GET", "/notes", token: token).Status);
        Assert.Equal(404, kit.Control("GET", "/tenants/a").Status);
    }

    [Fact]
    public void The_send_failure_controls_set_the_tenants_switch()
    {
        var kit = new KitHarness();
        kit.CreateNotebook("a");
        var notebook = kit.Engine.Notebooks.Get("a");

        var next = kit.Control("POST", "/tenants/a/fail-next-send");
        var afterNext = notebook.SendFailure;
        var on = kit.Control("POST", "/tenants/a/send-failure", """{"enabled":true}""");
        var afterOn = notebook.SendFailure;
        var off = kit.Control("POST", "/tenants/a/send-failure", """{"enabled":false}""");

        Assert.Equal((204, 204, 204), (next.Status, on.Status, off.Status));
        Assert.Equal((SendFailure.Next, SendFailure.Always, SendFailure.None), (afterNext, afterOn, notebook.SendFailure));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"enabled":"yes"}""")]
    [InlineData("""{"enabled":true,"extra":1}""")]
    public void A_send_failure_body_other_than_enabled_true_or_false_is_refused(string body)
    {
        var kit = new KitHarness();
        kit.CreateNotebook("a");

        var response = kit.Control("POST", "/tenants/a/send-failure", body);

        Assert.Equal(400, response.Status);
        Assert.Equal(SendFailure.None, kit.Engine.Notebooks.Get("a").SendFailure);
    }

    [Fact]
    public void Control_mistakes_answer_in_the_providers_shape()
    {
        var kit = new KitHarness();
        kit.CreateNotebook("a");

        var unknownTenant = kit.Control("POST", "/tenants/nobody/fail-next-send");
        var unknownRoute = kit.Control("GET", "/tenants/a/nothing");
        var wrongMethod = kit.Control("PUT", "/tenants");
        var duplicate = kit.Control("POST", "/tenants", """{"id":"a","token":"other"}""");
        var malformed = kit.Control("POST", "/tenants/a/notes", "{");

        Assert.Equal((404, 404, 405, 409, 400), (unknownTenant.Status, unknownRoute.Status, wrongMethod.Status, duplicate.Status, malformed.Status));
        Assert.Equal("No simulated Notes notebook 'nobody'.", KitHarness.ErrorMessage(unknownTenant));
        Assert.Equal("POST, GET", wrongMethod.Header("Allow"));
    }
}
