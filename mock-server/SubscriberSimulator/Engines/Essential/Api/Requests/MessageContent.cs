using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>What a message (a send, a welcome-series item) carries: text, media, or both.</summary>
internal static class MessageContent
{
    private const int MaxMediaUrls = 10;

    /// <summary>Refuses neither text nor media, more than ten media URLs, or one that is not an absolute http(s) URL.</summary>
    public static void Check(string? body, string[] mediaUrls)
    {
        if (string.IsNullOrEmpty(body) && mediaUrls.Length == 0)
        {
            throw RequestRefusedException.BadRequest("Give 'body' or 'media_urls' (or both).");
        }

        if (mediaUrls.Length > MaxMediaUrls)
        {
            throw RequestRefusedException.BadRequest($"'media_urls' holds at most {MaxMediaUrls} URLs.");
        }

        foreach (var url in mediaUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw RequestRefusedException.BadRequest("Every entry of 'media_urls' must be an absolute http(s) URL.");
            }
        }
    }
}
