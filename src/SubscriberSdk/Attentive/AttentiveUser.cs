using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>User associated with the action: a visitor who does not need to be subscribed already. At least one of <c>phone</c> or <c>email</c> is required (a request with neither is a 400).</summary>
public sealed class AttentiveUser
{
    /// <summary>Email address; required if <c>phone</c> is not provided. Locates EMAIL subscriptions only.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number in E.164 format; required if <c>email</c> is not provided. Valid: <c>+19148440001</c>, <c>+442071838750</c>, <c>+551155256325</c>. Invalid: <c>19148440001</c>, <c>+1---914---844---0001</c>, <c>1 () 914 844 0001</c>. Locates TEXT subscriptions only.</summary>
    public string? Phone { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
