using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>A new account (tenant): its SID is the Basic-auth user name, so it cannot be empty or hold ':'.</summary>
internal static class AccountRules
{
    public static EssentialAccount NewAccount(string? sid, string? token, DateTime now)
    {
        var accountSid = sid ?? SidGenerator.NewSid();
        if (accountSid.Length == 0 || accountSid.Contains(':', StringComparison.Ordinal))
        {
            throw RequestRefusedException.BadRequest("An account SID must be non-empty and contain no ':'.");
        }

        var accountToken = token ?? SidGenerator.NewSid() + SidGenerator.NewSid();
        if (accountToken.Length == 0)
        {
            throw RequestRefusedException.BadRequest("An account token must not be empty.");
        }

        return new EssentialAccount(accountSid, accountToken, now);
    }
}
