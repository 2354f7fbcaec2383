using System.Globalization;

namespace SubscriberSdk.Internal.Paging;

/// <summary>
/// Continuation tokens of lists paged by number (Essential, Mobile Text Alerts): the next page's number
/// as text; of lists paged by offset: the next offset. Lists paged by cursor (Sequenzy) use the provider's cursor as the token.
/// </summary>
internal static class PageTokens
{
    public static string ForPageNumber(int page) => page.ToString(CultureInfo.InvariantCulture);

    public static string ForOffset(int offset) => offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>The offset a token names (lists paged by offset, e.g. Sequenzy's enrolments); null is the start.</summary>
    public static int ReadOffset(string? token, string paramName)
    {
        if (token is null)
        {
            return 0;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : throw Unknown(token, paramName);
    }

    public static int ReadPageNumber(string? token, string paramName)
    {
        if (token is null)
        {
            return 1;
        }

        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        throw Unknown(token, paramName);
    }

    public static InvalidSubscriberArgumentException Unknown(string token, string paramName) =>
        new($"{paramName} '{token}' is not a continuation token of this list: use a SubscriberPage.ContinuationToken it returned.", paramName);
}
