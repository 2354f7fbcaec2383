using System.Text;
using Microsoft.AspNetCore.Http;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Tests.Core.Tenants;

public sealed class AuthorizationHeaderTests
{
    private static HttpRequest Request(string? authorization)
    {
        var context = new DefaultHttpContext();
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    public void BearerTokens(string header, string expected)
    {
        Assert.True(AuthorizationHeader.TryGetBearer(Request(header), out var token));
        Assert.Equal(expected, token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("Bearer ")]
    [InlineData("Basic abc")]
    public void NotBearer(string? header) => Assert.False(AuthorizationHeader.TryGetBearer(Request(header), out _));

    [Fact]
    public void BasicCredentials()
    {
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("acct:pa:ss"));
        Assert.True(AuthorizationHeader.TryGetBasic(Request(header), out var user, out var password));
        Assert.Equal("acct", user);
        Assert.Equal("pa:ss", password);
    }

    [Theory]
    [InlineData("Basic !!!")]
    [InlineData("Basic bm9jb2xvbg==")]
    [InlineData("Bearer abc")]
    public void NotBasic(string header) => Assert.False(AuthorizationHeader.TryGetBasic(Request(header), out _, out _));
}
