using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// Query parameters. Each route takes only the ones its operation declares and refuses any other
/// with a 400, so a typo never silently changes nothing (the spec check reads only declared ones).
/// </summary>
internal static class MtaQuery
{
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string Search = "query";

    /// <summary>The handler behind a check that the request names no query parameter outside <paramref name="allowed"/>.</summary>
    public static Func<ProviderCall<MtaAccount>, ProviderResponse> Takes(Func<ProviderCall<MtaAccount>, ProviderResponse> handler, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return call =>
        {
            RefuseOthers(call.Query, allowed);
            return handler(call);
        };
    }

    /// <summary>The trimmed <c>query</c> search text; empty when absent.</summary>
    public static string SearchText(IRequestValues query) =>
        query.TryGetValue(Search, out var values) ? values.ToString().Trim() : string.Empty;

    private static void RefuseOthers(IRequestValues query, string[] allowed)
    {
        foreach (var name in query.Names)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw RequestRefusedException.BadRequest(
                    allowed.Length == 0
                        ? $"Unknown query parameter '{JsonFields.Shorten(name)}': this endpoint takes none."
                        : $"Unknown query parameter '{JsonFields.Shorten(name)}'; this endpoint takes {string.Join(", ", allowed)}.");
            }
        }
    }
}
