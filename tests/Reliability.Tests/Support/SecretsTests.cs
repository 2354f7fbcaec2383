namespace Reliability.Tests.Support;

/// <summary>The scanner itself: it must catch a leak in any case and not repeat the secret in its message.</summary>
public sealed class SecretsTests
{
    [Fact]
    public void LeakIsCaughtAndTheFailureMessageDoesNotRepeatIt()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() =>
            Secrets.AssertNoneAppear(["upsert failed for JANE@example.com after 3 attempts"], ["jane@example.com"]));

        Assert.DoesNotContain("jane@example.com", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<SECRET>", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskedValuesPass()
    {
        Secrets.AssertNoneAppear(["upsert failed for j***@example.com and +1212***0601"], ["jane@example.com", "+12129870601"]);
    }
}
