using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

public sealed class PhoneArgumentTests
{
    [Fact]
    public void A_refused_number_names_the_parameter_and_the_rule_and_not_the_number()
    {
        var error = Assert.Throws<InvalidSubscriberArgumentException>(
            () => PhoneArgument.E164("+1 914 844 0001 ext. 77", PhoneForm.NationalOrInternational, "US", "request.PhoneNumber"));

        Assert.Equal("request.PhoneNumber", error.ParamName);
        Assert.StartsWith("request.PhoneNumber has an extension.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("914", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_stays_null_and_white_space_around_the_number_is_dropped()
    {
        Assert.Null(PhoneArgument.E164(null, PhoneForm.E164Only, "US", "phone"));
        Assert.Equal("+19148440001", PhoneArgument.E164("  +19148440001 ", PhoneForm.E164Only, "US", "phone"));
    }
}
