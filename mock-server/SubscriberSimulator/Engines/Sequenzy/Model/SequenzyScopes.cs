namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>The API-key scopes the simulated operations check (a missing one is 403).</summary>
internal static class SequenzyScopes
{
    public const string SubscribersRead = "subscribers:read";
    public const string SubscribersWrite = "subscribers:write";
    public const string SubscribersTag = "subscribers:tag";
    public const string AutomationsTrigger = "automations:trigger";
    public const string ListsWrite = "lists:write";
    public const string TagsWrite = "tags:write";

    public static readonly string[] All = [SubscribersRead, SubscribersWrite, SubscribersTag, AutomationsTrigger, ListsWrite, TagsWrite];
}
