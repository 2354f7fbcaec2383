using System.Buffers.Text;

namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>Essential's identifiers: 22 characters of URL-safe base64 over 16 random bytes.</summary>
internal static class SidGenerator
{
    public static string NewSid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>
    /// Essential's samples show SIDs both bare and with a type prefix (ch_..., sub_...); the
    /// simulator accepts both and stores the bare form.
    /// </summary>
    public static string StripPrefix(string sid)
    {
        var underscore = sid.IndexOf('_', StringComparison.Ordinal);
        if (underscore is 2 or 3 && sid.Length - underscore - 1 == 22)
        {
            var prefix = sid.AsSpan(0, underscore);
            if (prefix is "ch" or "sub" or "tag" or "wf" or "ws")
            {
                return sid[(underscore + 1)..];
            }
        }

        return sid;
    }
}
