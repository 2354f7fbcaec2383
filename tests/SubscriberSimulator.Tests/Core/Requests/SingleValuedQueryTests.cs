using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Core.Requests;

/// <summary>The kit's query reading: one value per name by the provider's rule, whatever the handler asks.</summary>
public sealed class SingleValuedQueryTests
{
    private static readonly RequestValues Sent = new(
    [
        KeyValuePair.Create("page", new StringValues(["1", "2"])),
        KeyValuePair.Create("limit", new StringValues("10")),
    ]);

    [Fact]
    public void TakeFirstHandsOutTheFirstValueOnly()
    {
        IRequestValues query = new SingleValuedQuery(Sent, RepeatedParameterRule.TakeFirst);

        Assert.Equal(1, query["page"].Count);
        Assert.Equal("1", query.First("page"));
        Assert.Equal("10", query.First("limit"));
    }

    [Fact]
    public void RefuseAnswers400NamingTheParameterWhenItIsRead()
    {
        IRequestValues query = new SingleValuedQuery(Sent, RepeatedParameterRule.Refuse);

        var refusal = Assert.Throws<RequestRefusedException>(() => query.First("page"));

        Assert.Equal(400, refusal.Status);
        Assert.Equal("The query parameter 'page' was sent more than once; send it once.", refusal.Message);
    }

    [Fact]
    public void RefuseLetsParametersSentOnceAndNamesNobodyReadsThrough()
    {
        IRequestValues query = new SingleValuedQuery(Sent, RepeatedParameterRule.Refuse);

        Assert.Equal("10", query.First("limit"));
        Assert.False(query.TryGetValue("missing", out _));
        Assert.Equal(["limit", "page"], query.Names.Order());
    }

    [Fact]
    public void ALongNameIsShortenedInTheMessage()
    {
        var name = new string('n', 2000);
        IRequestValues query = new SingleValuedQuery(new RequestValues([KeyValuePair.Create(name, new StringValues(["a", "b"]))]), RepeatedParameterRule.Refuse);

        var refusal = Assert.Throws<RequestRefusedException>(() => query.First(name));

        Assert.True(refusal.Message.Length < 200, refusal.Message);
    }
}
