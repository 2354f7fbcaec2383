using System.Globalization;

namespace SubscriberSdk.Internal.Paging;

/// <summary>
/// Continuation tokens of lists paged by number (Essential, Mobile Text Alerts): the next page's number
/// as text. Lists paged by cursor (Sequenzy) use the provider's cursor as the token.
/// </summary>
internal static class PageTokens
{
    public static string ForPageNumber(int page) => page.ToString(CultureInfo.InvariantCulture);

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
