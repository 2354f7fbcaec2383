using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// A request's query as a provider reads it: at most one value per name, by the provider's
/// <see cref="RepeatedParameterRule"/>. Under <see cref="RepeatedParameterRule.Refuse"/> a repeated
/// parameter refuses the request when something reads it (the spec check reads every declared
/// parameter first), so a repeated parameter the provider does not know stays ignored, as an
/// unknown parameter is. <see cref="Names"/> still lists every name sent.
/// </summary>
internal sealed class SingleValuedQuery : IRequestValues
{
    // A name is echoed in the refusal; a 2 kB name is not.
    private const int MaxEchoedNameLength = 64;

    private readonly IRequestValues _sent;
    private readonly RepeatedParameterRule _rule;

    public SingleValuedQuery(IRequestValues sent, RepeatedParameterRule rule)
    {
        ArgumentNullException.ThrowIfNull(sent);
        _sent = sent;
        _rule = rule;
    }

    public IEnumerable<string> Names => _sent.Names;

    public bool TryGetValue(string name, out StringValues values)
    {
        if (!_sent.TryGetValue(name, out values))
        {
            return false;
        }

        if (values.Count > 1)
        {
            values = _rule == RepeatedParameterRule.Refuse ? throw RequestRefusedException.BadRequest(RepeatedMessage(name)) : values[0];
        }

        return true;
    }

    /// <summary>The 400's message for a parameter sent more than once.</summary>
    public static string RepeatedMessage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var shown = name.Length > MaxEchoedNameLength ? name[..MaxEchoedNameLength] + "..." : name;
        return $"The query parameter '{shown}' was sent more than once; send it once.";
    }
}
