using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What an API key may do: each route names the scopes it needs (space-separated when it needs
/// several, as OAuth writes scope lists; <c>a|b</c> when either will do), checked in order so the
/// message names the first one missing; a double opt-in email and <c>enrollInSequences: true</c>
/// also need <c>automations:trigger</c>, a new tag definition <c>tags:write</c>.
/// </summary>
internal static class ScopeRules
{
    /// <summary>Null when the key carries every scope in <paramref name="scopes"/>, else the 403 message.</summary>
    public static string? Refuse(SequenzyWorkspace workspace, string apiKey, string scopes)
    {
        var held = workspace.ScopesOf(apiKey);
        var wanted = scopes.AsSpan();
        foreach (var range in wanted.Split(' '))
        {
            if (!wanted[range].IsEmpty && !HoldsAny(held, wanted[range]))
            {
                var scope = wanted[range];
                var bar = scope.IndexOf('|');
                return Missing((bar < 0 ? scope : scope[..bar]).ToString());
            }
        }

        return null;
    }

    /// <summary>An explicit <c>enrollInSequences: true</c> needs <c>automations:trigger</c> (403).</summary>
    public static void RequireForEnrollment(WorkspaceChanges changes, bool? enrollInSequences) =>
        RequireForEnrollment(changes.Workspace, changes.ApiKey, enrollInSequences);

    /// <inheritdoc cref="RequireForEnrollment(WorkspaceChanges, bool?)"/>
    public static void RequireForEnrollment(SequenzyWorkspace workspace, string? apiKey, bool? enrollInSequences)
    {
        if (enrollInSequences == true && apiKey is not null && Refuse(workspace, apiKey, SequenzyScopes.AutomationsTrigger) is { } refusal)
        {
            throw new RequestRefusedException(403, refusal);
        }
    }

    /// <summary>Whether these changes may email a double opt-in confirmation (a control always may).</summary>
    public static bool MaySendConfirmations(WorkspaceChanges changes) => Holds(changes, SequenzyScopes.AutomationsTrigger);

    /// <summary>Whether the request's key carries the scope (a control carries every scope).</summary>
    public static bool Holds(WorkspaceChanges changes, string scope) =>
        changes.ApiKey is not { } apiKey || Array.IndexOf(changes.Workspace.ScopesOf(apiKey), scope) >= 0;

    /// <summary>A 403 naming the scope unless the request's key carries it.</summary>
    public static void Require(WorkspaceChanges changes, string scope)
    {
        if (!Holds(changes, scope))
        {
            throw new RequestRefusedException(403, Missing(scope));
        }
    }

    public static string Missing(string scope) => $"API key is missing the {scope} scope";

    private static bool HoldsAny(string[] held, ReadOnlySpan<char> alternatives)
    {
        foreach (var range in alternatives.Split('|'))
        {
            if (Holds(held, alternatives[range]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(string[] held, ReadOnlySpan<char> scope)
    {
        foreach (var candidate in held)
        {
            if (scope.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
