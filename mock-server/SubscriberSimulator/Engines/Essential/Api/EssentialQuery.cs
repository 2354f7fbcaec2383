using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>Essential's query parameters, read strictly: a value of the wrong type is a 400 naming the parameter.</summary>
internal static class EssentialQuery
{
    public static int? Int32(IRequestValues query, string name)
    {
        if (query.First(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RequestRefusedException.BadRequest($"'{name}' must be a whole number.");
    }

    public static bool Boolean(IRequestValues query, string name)
    {
        if (query.First(name) is not { } text)
        {
            return false;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw RequestRefusedException.BadRequest($"'{name}' must be true or false.");
    }
}
