using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Transports: the one every channel gets, the ones controls seed, and which one carries a message
/// (the named one, else one of the requested protocol, else the subscriber's own).
/// </summary>
internal static class TransportRules
{
    private const long GeneratedNumberBase = 12_065_550_000L;
    private const int FirstGeneratedLine = 100;
    private const int LastGeneratedLine = 9999;

    /// <summary>Stages a transport on a channel staged or stored by the same work; the caller checked the channel.</summary>
    public static EssentialTransport Add(UnitOfWork<EssentialAccount> work, string channelSid, string? sid, string? endpoint, bool active)
    {
        var account = work.Tenant;
        var normalized = endpoint is null ? NextFreeNumber(account) : ParseEndpoint("endpoint", endpoint);
        if (account.Transports.Exists(transport => transport.Endpoint == normalized))
        {
            throw RequestRefusedException.Conflict("Another transport of this account already has that endpoint.");
        }

        var transportSid = sid is null ? SidGenerator.NewSid() : SidGenerator.StripPrefix(sid);
        if (account.FindTransport(transportSid) is not null)
        {
            throw RequestRefusedException.Conflict($"Transport '{transportSid}' already exists.");
        }

        var transport = new EssentialTransport
        {
            Sid = transportSid,
            ChannelSid = channelSid,
            Endpoint = normalized,
            Active = active,
            CreatedAt = work.Now.UtcDateTime,
        };
        work.OnCommit(() => account.Transports.Add(transport));
        return transport;
    }

    /// <summary>
    /// A US number as E.164, or a short code (5 or 6 digits) as given: the forms transports have and
    /// message searches filter by. Anything else is a 400 naming <paramref name="field"/>.
    /// </summary>
    public static string ParseEndpoint(string field, string text)
    {
        if (UsPhoneNumber.TryParse(text, out var phone))
        {
            return UsPhoneNumber.ToE164(phone);
        }

        return IsShortCode(text)
            ? text
            : throw RequestRefusedException.BadRequest($"'{field}' must be a US phone number (10 digits, 11 starting with 1, or +1 E.164) or a 5- or 6-digit short code.");
    }

    /// <summary>
    /// The transport a message goes out on. <c>transport</c> and its alias <c>from</c> name one of the
    /// channel's by SID or endpoint (both given must name the same one); otherwise an active one of the
    /// requested <c>protocol</c> if the channel has one (a request, not a guarantee); otherwise the
    /// subscriber's own. Naming a transport the channel does not have, or an inactive one, is a 400.
    /// </summary>
    public static EssentialTransport ForMessage(EssentialAccount account, EssentialChannel channel, EssentialSubscriber subscriber, string? transport, string? from, string? protocol)
    {
        var named = transport is null ? null : OfChannel(account, channel, "transport", transport);
        var alias = from is null ? null : OfChannel(account, channel, "from", from);
        if (named is not null && alias is not null && !ReferenceEquals(named, alias))
        {
            throw RequestRefusedException.BadRequest("'transport' and 'from' name different transports; give one of them.");
        }

        if ((named ?? alias) is { } chosen)
        {
            return chosen.Active ? chosen : throw RequestRefusedException.BadRequest("The named transport is inactive and cannot send.");
        }

        if (protocol is not null
            && account.Transports.Find(candidate => candidate.ChannelSid == channel.Sid && candidate.Active && candidate.Protocol == protocol) is { } byProtocol)
        {
            return byProtocol;
        }

        return account.FindTransport(subscriber.TransportSid) is { Active: true } own ? own : DefaultOf(account, channel);
    }

    /// <summary>The transport a channel got when it was made (it stays active: only seeded extra transports can be inactive).</summary>
    public static EssentialTransport DefaultOf(EssentialAccount account, EssentialChannel channel) =>
        account.FindTransport(channel.TransportSid)
        ?? throw new InvalidOperationException("Every channel has the transport it was made with.");

    private static EssentialTransport OfChannel(EssentialAccount account, EssentialChannel channel, string field, string sidOrEndpoint)
    {
        var sid = SidGenerator.StripPrefix(sidOrEndpoint);
        var endpoint = UsPhoneNumber.TryParse(sidOrEndpoint, out var phone) ? UsPhoneNumber.ToE164(phone) : sidOrEndpoint;
        return account.Transports.Find(candidate => candidate.ChannelSid == channel.Sid && (candidate.Sid == sid || candidate.Endpoint == endpoint))
            ?? throw RequestRefusedException.BadRequest($"'{field}' is not a transport (SID or endpoint) of this channel.");
    }

    // 555 numbers keep generated transports out of real subscribers' way; the first free line wins,
    // so an account's transports get the same numbers on every run.
    public static string NextFreeNumber(EssentialAccount account)
    {
        for (var line = FirstGeneratedLine + account.Transports.Count; line <= LastGeneratedLine; line++)
        {
            var candidate = "+" + (GeneratedNumberBase + line).ToString(CultureInfo.InvariantCulture);
            if (!account.Transports.Exists(transport => transport.Endpoint == candidate))
            {
                return candidate;
            }
        }

        throw RequestRefusedException.Conflict("The account has no free generated transport number left; give the endpoint.");
    }

    private static bool IsShortCode(string text) =>
        text.Length is 5 or 6 && text.All(char.IsAsciiDigit);
}
