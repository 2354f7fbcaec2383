using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The subscribers a bulk call names, as sent: emails (normalised when matched), external IDs and
/// Sequenzy subscriber IDs; at least one and at most <see cref="MaxTotal"/> in all lists together.
/// </summary>
internal sealed record SubscriberIdentifiers(string[] Emails, string[] ExternalIds, string[] SubscriberIds)
{
    public const int MaxTotal = 500;

    public int Count => Emails.Length + ExternalIds.Length + SubscriberIds.Length;

    /// <summary>
    /// The identifier lists of a body; <paramref name="withExternalIds"/> for the calls that take
    /// <c>externalIds</c>. None, or more than 500 together, is a 400 naming the lists.
    /// </summary>
    public static SubscriberIdentifiers Read(RequestObject body, bool withExternalIds)
    {
        var identifiers = new SubscriberIdentifiers(
            body.StringArray("emails") ?? [],
            withExternalIds ? body.StringArray("externalIds") ?? [] : [],
            body.StringArray("subscriberIds") ?? []);
        if (identifiers.Count is 0 or > MaxTotal)
        {
            var lists = withExternalIds ? "emails, externalIds or subscriberIds" : "emails or subscriberIds";
            throw RequestRefusedException.BadRequest($"Provide {lists} (at most {MaxTotal} in total)");
        }

        return identifiers;
    }
}
