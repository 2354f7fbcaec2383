using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>Malformed JSON, wrong types, missing and unknown fields against every endpoint: a 4xx in Sequenzy's shape, never a 500, nothing written.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        // Malformed JSON and non-object bodies.
        { "POST", "/subscribers", """{"email": "a@example.com",""" },
        { "POST", "/subscribers", "[]" },
        { "POST", "/subscribers", string.Empty },
        { "PATCH", "/subscribers/seed%40example.com", "{not json" },
        { "PATCH", "/subscribers/external?externalId=S", "42" },
        { "POST", "/subscribers/tags", "{\"tag\": }" },
        { "POST", "/subscribers/tags/bulk", "null" },
        { "POST", "/subscribers/tags/remove", "\"tag\"" },
        { "POST", "/subscribers/imports", "{\"subscribers\": [" },
        { "POST", "/lists/list_news/subscribers", "{]" },

        // Wrong types.
        { "POST", "/subscribers", """{"email": 42}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "tags": "vip"}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "tags": [1, 2]}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "customAttributes": ["x"]}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "customAttributes": {"nested": {"a": 1}}}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "enrollInSequences": "yes"}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "duplicateStrategy": "replace"}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "optInMode": "maybe"}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "status": "gone"}""" },
        { "POST", "/subscribers", """{"email": "b@example.com", "createdAt": "last tuesday"}""" },
        { "PATCH", "/subscribers/seed%40example.com", """{"tags": {"a": 1}}""" },
        { "PATCH", "/subscribers/seed%40example.com", """{"status": true}""" },
        { "PATCH", "/subscribers/seed%40example.com", """{"customAttributesStrategy": "append"}""" },
        { "PATCH", "/subscribers/seed%40example.com", """{"email": "not an email"}""" },
        { "POST", "/subscribers/tags", """{"email": "seed@example.com", "tag": ["a"]}""" },
        { "POST", "/subscribers/tags/bulk", """{"email": "seed@example.com", "tags": "a"}""" },
        { "POST", "/subscribers/tags/remove", """{"email": 1, "tag": "a"}""" },
        { "POST", "/subscribers/imports", """{"subscribers": [{"email": "c@example.com", "tags": "x"}]}""" },
        { "POST", "/subscribers/imports", """{"subscribers": [{"email": "c@example.com"}], "duplicateStrategy": 3}""" },
        { "POST", "/lists/list_news/subscribers", """{"emails": "a@example.com"}""" },
        { "POST", "/lists/list_news/subscribers", """{"emails": [1]}""" },
        { "GET", "/subscribers?limit=abc", null },
        { "GET", "/subscribers?page=0", null },
        { "GET", "/subscribers?includeTotal=maybe", null },
        { "GET", "/subscribers?unsubscribedAfter=never", null },
        { "GET", "/subscribers/seed%40example.com?includeMachineEngagement=perhaps", null },

        // Missing required fields.
        { "POST", "/subscribers", "{}" },
        { "POST", "/subscribers/tags", """{"email": "seed@example.com"}""" },
        { "POST", "/subscribers/tags/bulk", """{"email": "seed@example.com"}""" },
        { "POST", "/subscribers/tags/remove", """{"email": "seed@example.com"}""" },
        { "POST", "/subscribers/imports", """{"idempotencyKey": "k"}""" },
        { "POST", "/lists/list_news/subscribers", "{}" },
        { "GET", "/subscribers/external", null },
        { "DELETE", "/subscribers/external", null },
        { "PATCH", "/subscribers/external", """{"firstName": "X"}""" },

        // Unknown fields.
        { "POST", "/subscribers", """{"email": "d@example.com", "emial": "typo"}""" },
        { "PATCH", "/subscribers/seed%40example.com", """{"first_name": "X"}""" },
        { "POST", "/subscribers/tags", """{"email": "seed@example.com", "tag": "a", "color": "red"}""" },
        { "POST", "/subscribers/tags/bulk", """{"email": "seed@example.com", "tags": ["a"], "extra": 1}""" },
        { "POST", "/subscribers/tags/remove", """{"email": "seed@example.com", "tag": "a", "customAttributes": {}}""" },
        { "POST", "/subscribers/imports", """{"subscribers": [{"email": "e@example.com", "zip": "1"}]}""" },
        { "POST", "/subscribers/imports", """{"subscribers": [{"email": "e@example.com"}], "listId": "list_news"}""" },
        { "POST", "/lists/list_news/subscribers", """{"emails": ["e@example.com"], "lists": []}""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Bad_input_is_a_4xx_in_the_provider_shape_and_writes_nothing(string method, string path, string? body)
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "seed@example.com", "externalId": "S", "tags": ["a"]}""");
        var before = sim.Snapshot();
        var outbox = sim.Outbox.Count;

        var reply = await sim.SendAsync(new HttpMethod(method), path, body);

        Assert.True((int)reply.Status is >= 400 and < 500, $"{method} {path}: {(int)reply.Status} {reply.Text}");
        SequenzySim.AssertError(reply, reply.Status);
        Assert.Equal(before, sim.Snapshot());
        Assert.Equal(outbox, sim.Outbox.Count);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_the_provider_shape()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.SendAsync(HttpMethod.Post, "/subscribers", "email=a@example.com", contentType: "application/x-www-form-urlencoded");

        SequenzySim.AssertError(reply, HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(sim.Subscribers);
    }
}
