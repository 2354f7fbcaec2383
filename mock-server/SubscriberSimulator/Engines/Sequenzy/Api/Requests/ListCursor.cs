using System.Buffers.Text;
using System.Globalization;
using System.Text;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The opaque <c>nextCursor</c>: the position (createdAt, creation order) the next page starts after.</summary>
internal static class ListCursor
{
    public static string Encode(DateTimeOffset createdAt, long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + ":" + sequence.ToString(CultureInfo.InvariantCulture)));

    public static (DateTimeOffset CreatedAt, long Sequence) Decode(string cursor)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), sequence);
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }

        throw RequestRefusedException.BadRequest("cursor is invalid");
    }
}
