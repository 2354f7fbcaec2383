using System.Net;
using System.Text;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>Malformed JSON, wrong types, missing and unknown fields on every endpoint: a 4xx in the provider's shape, nothing changed.</summary>
public sealed class MtaBadInputTests
{
    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        var single = new[] { "POST /v3/subscribers", "PATCH /v3/subscribers/{id}" };
        foreach (var endpoint in single)
        {
            foreach (var body in new[]
            {
                "{", "", "[]", "\"text\"", "null",
                """{"number":true}""", """{"firstName":5}""", """{"email":null}""", """{"groupIds":"1"}""",
                """{"groupIds":[1.5]}""", """{"subscriberFields":{"1":2}}""", """{"subscriberFields":[]}""",
                """{"number":8002223333,"favouriteColour":"blue"}""",
            })
            {
                data.Add(Method(endpoint), Path(endpoint), body);
            }
        }

        foreach (var body in new[] { "{", "", "{}", """[{"number":8002223333},5]""", """[{"number":8002223333,"nope":1}]""", """[{"number":[]}]""" })
        {
            data.Add("POST", "/v3/subscribers/bulk", body);
        }

        foreach (var body in new[] { "{", "", "{}", """[{"id":"{id}"}]""", """[{"record":{}}]""", """[{"id":{id},"record":{"lastName":false}}]""", """[{"id":{id},"record":{},"x":1}]""" })
        {
            data.Add("PATCH", "/v3/subscribers/bulk", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"number":null}""", """{"number":"8002223333","extra":1}""" })
        {
            data.Add("POST", "/v3/unsubscribes", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"name":1}""", """{"name":"A","hidden":"yes"}""", """{"name":"A","settings":{}}""" })
        {
            data.Add("POST", "/v3/groups", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"name":"A","type":"select","options":"x"}""", """{"name":"A","type":"string","hidden":2}""", """{"name":"A","type":"string","color":"red"}""", """{"name":"A"}""" })
        {
            data.Add("POST", "/v3/custom-fields", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"subscriberIds":[]}""", """{"subscriberIds":["{id}"]}""", """{"subscriberIds":[{id}],"x":1}""" })
        {
            data.Add("POST", "/v3/groups/{group}/subscribers/bulk-create", body);
            data.Add("POST", "/v3/groups/{group}/subscribers/bulk-delete", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"subscriberId":"{id}"}""", """{"subscriberId":{id},"x":1}""" })
        {
            data.Add("POST", "/v3/groups/{group}/subscribers", body);
        }

        foreach (var body in new[] { "{", "", "[]", """{"name":""}""", """{"name":1}""", """{"settings":{}}""" })
        {
            data.Add("PATCH", "/v3/groups/{group}", body);
        }

        foreach (var body in new[] { "{", "", "{}", "[]", """[{"number":5}]""", """[{"number":"8002223333","x":1}]""" })
        {
            data.Add("POST", "/v3/unsubscribes/bulk", body);
        }

        foreach (var body in new[] { "{", "", "[]", "{}", """{"message":"Hi"}""", """{"subscriberIds":[{id}]}""", """{"message":"Hi","subscriberIds":[{id}],"x":1}""", """{"message":5,"subscriberIds":[{id}]}""" })
        {
            data.Add("POST", "/v3/send", body);
        }

        data.Add("DELETE", "/v3/groups/{group}/subscribers/1", null);
        data.Add("DELETE", "/v3/groups/{group}?force=true", null);
        data.Add("DELETE", "/v3/custom-fields/1", null);
        data.Add("GET", "/v3/groups/{group}/member-count?x=1", null);
        data.Add("GET", "/v3/groups/member-count/bulk?groupIds=x", null);
        data.Add("GET", "/v3/groups/member-count/all?x=1", null);
        data.Add("GET", "/v3/subscribers/export?page=2", null);
        data.Add("GET", "/v3/subscribers?pageSize=0", null);
        data.Add("GET", "/v3/subscribers?unknown=1", null);
        data.Add("GET", "/v3/subscribers/{id}?verbose=true", null);
        data.Add("GET", "/v3/unsubscribes/not-a-number", null);
        data.Add("GET", "/v3/unsubscribes?page=-1", null);
        data.Add("GET", "/v3/groups?pageSize=x", null);
        data.Add("GET", "/v3/custom-fields/abc", null);
        data.Add("DELETE", "/v3/subscribers/nobody@example.com", null);
        data.Add("DELETE", "/v3/subscribers/{id}?force=true", null);
        data.Add("GET", "/v3/auth/verify-api-key?x=1", null);
        data.Add("GET", "/v3/custom-fields?page=1", null);
        data.Add("GET", "/v3/groups/abc", null);
        data.Add("GET", "/v3/unsubscribes/8002223333?x=1", null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_4xx_in_the_provider_shape_and_changes_nothing(string method, string path, string? body)
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "Existing");
        var id = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"firstName":"Before","groupIds":[{{group.Id}}]}""");
        var before = sim.Snapshot();
        var messagesBefore = sim.Messages.Count;
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var groupText = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? Fill(string? text) => text?.Replace("{id}", idText, StringComparison.Ordinal).Replace("{group}", groupText, StringComparison.Ordinal);

        var reply = await sim.SendAsync(new HttpMethod(method), Fill(path)!, Fill(body));

        Assert.InRange((int)reply.Status, 400, 499);
        MtaSim.AssertError(reply, reply.Status);
        Assert.Equal(before, sim.Snapshot());
        Assert.Equal(messagesBefore, sim.Messages.Count);
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_is_rejected()
    {
        using var sim = MtaSim.Create();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mta/v3/subscribers")
        {
            Content = new StringContent("""{"number":8002223333}""", Encoding.UTF8, "text/plain"),
        };

        using var response = await sim.Client.SendAsync(request);
        var reply = await MtaReply.ReadAsync(response);

        Assert.InRange((int)reply.Status, 400, 499);
        MtaSim.AssertError(reply, reply.Status);
        Assert.Equal(0, sim.SubscriberCount);
    }

    private static string Method(string endpoint) => endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];

    private static string Path(string endpoint) => endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
