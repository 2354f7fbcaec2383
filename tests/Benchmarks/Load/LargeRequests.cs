using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Sequenzy;

namespace Benchmarks.Load;

/// <summary>
/// The requests of <see cref="LargeRequestScenario"/>, one tenant per provider on the simulator: an
/// Essential upsert with many <c>properties</c>, a Sequenzy <c>/subscribers/tags/bulk</c> with many
/// tags, an Attentive subscribe with many <c>externalIdentifiers.customIdentifiers</c>, and Attentive's
/// identify with many <c>customIdentifiers</c>.
/// </summary>
internal sealed class LargeRequests
{
    /// <summary>The phone the growth measurement adds identifiers to (an index no case uses).</summary>
    public const long GrowthPhone = 299_999_999;

    private const string SignUpSourceId = "700100";
    private const long FirstPhone = 200_000_000;

    private readonly SimulatorHost _host;
    private readonly AuthenticationHeaderValue _sequenzy;
    private readonly AuthenticationHeaderValue _attentive;
    private long _nextPhone = FirstPhone;

    public LargeRequests(SimulatorHost host)
    {
        _host = host;
        _sequenzy = new AuthenticationHeaderValue("Bearer", host.Server.GetEngine<SequenzyEngine>().CreateWorkspace().ApiKey);
        var attentive = host.Server.GetEngine<AttentiveEngine>();
        var company = attentive.CreateCompany();
        attentive.AddSignUpUnit(company, new AttentiveSignUpUnit(SignUpSourceId, AttentiveSubscriptionType.Marketing));
        _attentive = new AuthenticationHeaderValue("Bearer", attentive.AddToken(company));
    }

    /// <summary>Every case: new subscribers under and over the cap, the same subscriber again under it, and identify.</summary>
    public IEnumerable<LargeRequestCase> Cases(int[] underCap, int[] overCap, int[] uncapped)
    {
        const int cap = 1000;
        int[] all = [.. underCap, .. overCap.Where(size => !underCap.Contains(size))];
        yield return new LargeRequestCase("Essential upsert, new subscriber", all, cap, size => EssentialUpsert(size, NextPhone(), "p"));
        yield return new LargeRequestCase("Essential upsert, same subscriber and keys again", underCap, cap, size => EssentialUpsert(size, FirstPhone - size, "p"));
        yield return new LargeRequestCase("Sequenzy tags/bulk, new subscriber", all, cap, size => SequenzyTags(size, Email(NextPhone()), "t"));
        yield return new LargeRequestCase("Sequenzy tags/bulk, same subscriber and tags again", underCap, cap, size => SequenzyTags(size, Email(FirstPhone - size), "t"));
        yield return new LargeRequestCase("Attentive subscribe, new phone", all, cap, size => AttentiveSubscribe(size, NextPhone(), "c"));
        yield return new LargeRequestCase("Attentive subscribe, same phone and identifiers again", underCap, cap, size => AttentiveSubscribe(size, FirstPhone - size, "c"));
        yield return new LargeRequestCase("Attentive identify, new phone (no documented cap)", uncapped, null, size => NewIdentify(size));
    }

    public HttpRequestMessage EssentialUpsert(int properties, long phone, string prefix) =>
        Post(_host.EssentialUpsertPath, null,
            "{\"phone_number\":\"" + SyntheticPhones.TenDigits(phone) + "\",\"properties\":" + LargeRequestBodies.Properties(properties, prefix) + "}",
            _host.EssentialAuthorization);

    public HttpRequestMessage SequenzyTags(int tags, string email, string prefix) =>
        Post("sequenzy/api/v1/subscribers/tags/bulk", _sequenzy, "{\"email\":\"" + email + "\",\"tags\":" + LargeRequestBodies.Tags(tags, prefix) + "}");

    public HttpRequestMessage AttentiveSubscribe(int identifiers, long phone, string prefix) =>
        Post("attentive/v1/subscriptions", _attentive,
            "{\"user\":{\"phone\":\"" + SyntheticPhones.E164(phone) + "\"},\"signUpSourceId\":\"" + SignUpSourceId
            + "\",\"externalIdentifiers\":{\"customIdentifiers\":" + LargeRequestBodies.CustomIdentifiers(identifiers, prefix) + "}}");

    public HttpRequestMessage AttentiveIdentify(int identifiers, long phone, string prefix) =>
        Post("attentive/v1/identity-resolution/user-identifiers", _attentive,
            "{\"phone\":\"" + SyntheticPhones.E164(phone) + "\",\"customIdentifiers\":" + LargeRequestBodies.CustomIdentifiers(identifiers, prefix) + "}");

    /// <summary>Identifiers no other user has (one that names another user would move it, and the call would find that user).</summary>
    private HttpRequestMessage NewIdentify(int identifiers)
    {
        var phone = NextPhone();
        return AttentiveIdentify(identifiers, phone, "i" + phone.ToString(CultureInfo.InvariantCulture) + "-");
    }

    private static string Email(long index) => "large-" + index.ToString(CultureInfo.InvariantCulture) + "@example.com";

    private static HttpRequestMessage Post(string path, AuthenticationHeaderValue? bearer, string json, string? rawAuthorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = bearer;
        }
        else
        {
            request.Headers.TryAddWithoutValidation("Authorization", rawAuthorization);
        }

        return request;
    }

    private long NextPhone() => Interlocked.Increment(ref _nextPhone);
}
