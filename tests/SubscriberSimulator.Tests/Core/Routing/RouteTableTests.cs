using SubscriberSimulator.Core.Routing;

namespace SubscriberSimulator.Tests.Core.Routing;

public sealed class RouteTableTests
{
    private static readonly RouteTable<string> Table = new(
    [
        ("GET", new RouteTemplate("/subscribers/{id}"), "get"),
        ("PATCH", new RouteTemplate("/subscribers/{id}"), "update"),
        ("PATCH", new RouteTemplate("/subscribers/bulk"), "bulk-update"),
        ("POST", new RouteTemplate("/subscribers"), "create"),
        ("POST", new RouteTemplate("/channels/{channel}/subscribers/{phone}/start"), "start"),
    ]);

    [Fact]
    public void A_template_captures_its_parameters()
    {
        var match = Table.Match("POST", "/channels/ch1/subscribers/+15005550006/start");

        Assert.Equal(RouteMatchKind.Found, match.Kind);
        Assert.Equal("start", match.Operation);
        Assert.Equal("ch1", match.Values["channel"]);
        Assert.Equal("+15005550006", match.Values["phone"]);
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter_whatever_the_declaration_order()
    {
        Assert.Equal("bulk-update", Table.Match("PATCH", "/subscribers/bulk").Operation);
        Assert.Equal("update", Table.Match("PATCH", "/subscribers/123").Operation);
    }

    [Fact]
    public void A_method_only_the_parameter_route_takes_falls_back_to_it()
    {
        var match = Table.Match("GET", "/subscribers/bulk");

        Assert.Equal("get", match.Operation);
        Assert.Equal("bulk", match.Values["id"]);
    }

    [Theory]
    [InlineData("/nothing")]
    [InlineData("/subscribers/1/extra")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("/subscribers//")]
    [InlineData("/channels//subscribers/1/start")]
    public void A_path_no_template_matches_is_not_found(string path)
    {
        var match = Table.Match("GET", path);

        Assert.Equal(RouteMatchKind.NotFound, match.Kind);
        Assert.Null(match.Operation);
    }

    [Fact]
    public void A_known_path_with_another_method_is_method_not_allowed_with_the_allowed_methods()
    {
        var match = Table.Match("DELETE", "/subscribers/7");

        Assert.Equal(RouteMatchKind.MethodNotAllowed, match.Kind);
        Assert.Equal("GET, PATCH", match.AllowedMethods);
    }

    [Fact]
    public void Literals_and_methods_compare_case_insensitively_and_a_trailing_slash_is_allowed()
    {
        Assert.Equal("create", Table.Match("post", "/Subscribers/").Operation);
    }

    [Fact]
    public void A_path_deeper_than_any_template_can_be_is_not_found()
    {
        var deep = string.Concat(Enumerable.Repeat("/a", RouteTemplate.MaxSegments + 1));

        Assert.Equal(RouteMatchKind.NotFound, Table.Match("GET", deep).Kind);
    }

    [Fact]
    public void Routes_are_listed_in_declaration_order_for_hosts_that_register_each_one()
    {
        Assert.Equal(
            ["GET /subscribers/{id}", "PATCH /subscribers/{id}", "PATCH /subscribers/bulk", "POST /subscribers", "POST /channels/{channel}/subscribers/{phone}/start"],
            Table.Routes.Select(route => route.Method + " " + route.Template.Text));
    }

    [Fact]
    public void The_same_method_and_template_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RouteTable<string>([("GET", new RouteTemplate("/a"), "x"), ("get", new RouteTemplate("/a"), "y")]));
    }

    [Theory]
    [InlineData("no-slash")]
    [InlineData("/")]
    [InlineData("/a//b")]
    [InlineData("/a/{b}/{b}")]
    [InlineData("/a/x{b}")]
    [InlineData("/a/{b-c}")]
    public void Malformed_templates_are_refused(string template)
    {
        Assert.Throws<ArgumentException>(() => new RouteTemplate(template));
    }

    [Fact]
    public void A_template_becomes_an_anchored_regex_for_host_matchers()
    {
        var regex = new System.Text.RegularExpressions.Regex(new RouteTemplate("/subscribers/{id}").ToRegex("/mta/v3"));

        Assert.Matches(regex, "/mta/v3/subscribers/42");
        Assert.Matches(regex, "/mta/v3/SUBSCRIBERS/42/");
        Assert.DoesNotMatch(regex, "/mta/v3/subscribers/42/x");
        Assert.DoesNotMatch(regex, "/mta/v3/subscribers/");
    }
}
