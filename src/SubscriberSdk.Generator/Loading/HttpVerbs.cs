namespace SubscriberSdk.Generator.Loading;

/// <summary>The operation keys of a path item, in the order Kiota emits their methods.</summary>
internal static class HttpVerbs
{
    public static readonly IReadOnlyList<string> All = ["get", "post", "put", "patch", "delete", "head", "options", "trace"];

    public static bool IsVerb(string key) => All.Contains(key, StringComparer.Ordinal);
}
