using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Tests.Engines.Essential.Rules;

public sealed class PagingTests
{
    private static readonly int[] Items = [1, 2, 3, 4, 5];

    [Theory]
    [InlineData(1, 2, new[] { 1, 2 }, true)]
    [InlineData(2, 2, new[] { 3, 4 }, true)]
    [InlineData(3, 2, new[] { 5 }, false)]
    [InlineData(1, 5, new[] { 1, 2, 3, 4, 5 }, false)]
    [InlineData(4, 2, new int[0], false)]
    [InlineData(int.MaxValue, 1000, new int[0], false)]
    public void A_page_is_its_slice_and_says_whether_another_follows(int page, int perPage, int[] expected, bool more)
    {
        var slice = Paging.Slice(Items, page, perPage, out var hasMore);

        Assert.Equal(expected, slice);
        Assert.Equal(more, hasMore);
    }
}
