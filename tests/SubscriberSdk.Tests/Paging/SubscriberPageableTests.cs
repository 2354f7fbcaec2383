namespace SubscriberSdk.Tests.Paging;

public sealed class SubscriberPageableTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>();

    private static SubscriberPageable<string> ThreePages() => SubscriberPageable<string>.FromPages(
    [
        new SubscriberPage<string>(["a", "b"], "after-b", 200, NoHeaders, "r1"),
        new SubscriberPage<string>(["c"], "after-c", 200, NoHeaders, "r2"),
        new SubscriberPage<string>(["d"], null, 200, NoHeaders, "r3"),
    ]);

    [Fact]
    public async Task Enumerating_the_pageable_yields_the_items_of_every_page_in_order()
    {
        Assert.Equal(["a", "b", "c", "d"], await ThreePages().ToListAsync());
    }

    [Fact]
    public async Task A_continuation_token_resumes_after_the_page_that_carried_it()
    {
        var pages = await ThreePages().AsPages("after-b").ToListAsync();

        Assert.Equal(["r2", "r3"], pages.Select(page => page.RequestId));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task A_token_the_list_never_made_is_refused_naming_the_parameter()
    {
        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => ThreePages().AsPages("nope").ToListAsync().AsTask());

        Assert.Equal("continuationToken", error.ParamName);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_enumeration_stops_before_the_next_page()
    {
        using var cancel = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ThreePages().WithCancellation(cancel.Token))
            {
                seen.Add(item);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(["a", "b"], seen);
    }
}
