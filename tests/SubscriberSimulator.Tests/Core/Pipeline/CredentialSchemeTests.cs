using System.Text;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Core.Pipeline;

public sealed class CredentialSchemeTests
{
    private static RequestValues Headers(string? authorization) =>
        authorization is null ? RequestValues.Empty : RequestValues.Of(("Authorization", authorization));

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    public void Bearer_tokens_are_read_with_any_scheme_case(string header, string expected)
    {
        Assert.Equal(expected, CredentialScheme.Bearer().Read(Headers(header)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("Bearer ")]
    [InlineData("Bearerabc")]
    [InlineData("Basic abc")]
    public void Anything_else_is_no_bearer_token(string? header)
    {
        Assert.Null(CredentialScheme.Bearer().Read(Headers(header)));
    }

    [Fact]
    public void Two_authorization_headers_are_no_credential()
    {
        var headers = new RequestValues([KeyValuePair.Create("Authorization", new Microsoft.Extensions.Primitives.StringValues(["Bearer a", "Bearer b"]))]);

        Assert.Null(CredentialScheme.Bearer().Read(headers));
    }

    [Fact]
    public void Basic_credentials_are_user_colon_password_and_the_password_may_hold_colons()
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("acct:pa:ss"));

        Assert.Equal("acct:pa:ss", CredentialScheme.Basic("Test").Read(Headers(header)));
    }

    [Theory]
    [InlineData("Basic !!!")]
    [InlineData("Basic bm9jb2xvbg==")]
    [InlineData("Basic OnBhc3N3b3Jk")]
    [InlineData("Bearer abc")]
    public void Bad_base64_no_colon_an_empty_user_or_another_scheme_is_no_basic_credential(string header)
    {
        Assert.Null(CredentialScheme.Basic("Test").Read(Headers(header)));
    }

    [Fact]
    public void Basic_challenges_with_its_realm_and_bearer_does_not_challenge()
    {
        Assert.Equal("Basic realm=\"Test\"", CredentialScheme.Basic("Test").Challenge);
        Assert.Null(CredentialScheme.Bearer().Challenge);
    }
}
