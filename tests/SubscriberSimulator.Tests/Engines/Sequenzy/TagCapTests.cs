using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>One request carries at most 1000 tags: beyond it a 400, before any per-tag work (160k tags once took 40 s).</summary>
public sealed class TagCapTests
{
    [Fact]
    public async Task A_thousand_tags_are_accepted_and_one_more_is_400()
    {
        using var sim = SequenzySim.Create();

        await sim.CreateAsync(Create("cap-a@example.com", 1000));
        var overCap = await sim.PostAsync("/subscribers", Create("cap-b@example.com", 1001));

        SequenzySim.AssertError(overCap, HttpStatusCode.BadRequest, "at most 1000 tags");
    }

    private static string Create(string email, int tags) =>
        $"{{\"email\":\"{email}\",\"tags\":[{string.Join(",", Enumerable.Range(0, tags).Select(i => $"\"t{i}\""))}]}}";
}
