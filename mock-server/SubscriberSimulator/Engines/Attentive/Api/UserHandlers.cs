using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>
/// The user routes: custom attributes, custom events, identity resolution (v1) and the v2 user
/// attributes call. Each reads its body, then runs its rule on the company's staged user writes
/// and commits. The v1 calls answer with no body, as Attentive declares them.
/// </summary>
internal static class UserHandlers
{
    public static ProviderResponse SetCustomAttributes(ProviderCall<AttentiveCompany> call)
    {
        var command = CustomAttributesCommand.FromJson(call.Body);
        return Write(call, writes => UserAttributeRules.SetCustom(writes, command), ProviderResponse.Empty(200));
    }

    public static ProviderResponse RecordCustomEvent(ProviderCall<AttentiveCompany> call)
    {
        var command = CustomEventCommand.FromJson(call.Body);
        return Write(call, writes => CustomEventRules.Record(writes, command), ProviderResponse.Empty(200));
    }

    public static ProviderResponse Identify(ProviderCall<AttentiveCompany> call)
    {
        var command = IdentifyCommand.FromJson(call.Body);
        return Write(call, writes => IdentityRules.Identify(writes, command), ProviderResponse.Empty(202));
    }

    public static ProviderResponse UpsertUser(ProviderCall<AttentiveCompany> call)
    {
        var record = UserRecordCommand.FromJson(call.Body);
        return Write(call, writes => UserAttributeRules.Apply(writes, record), AttentiveJson.UserAttributesAccepted());
    }

    /// <summary>Runs a rule on this request's staged user writes and commits; the answer is built beforehand, so nothing after the commit can fail.</summary>
    private static ProviderResponse Write(ProviderCall<AttentiveCompany> call, Action<UserWrites> rule, ProviderResponse answer)
    {
        using var work = call.BeginWork();
        rule(new UserWrites(work));
        work.Commit();
        return answer;
    }
}
