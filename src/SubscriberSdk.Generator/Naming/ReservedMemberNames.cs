namespace SubscriberSdk.Generator.Naming;

/// <summary>
/// Member names a generated model must not declare because a base type or the Kiota interfaces
/// already use them; like Kiota, the property gets the suffix "Escaped".
/// </summary>
internal static class ReservedMemberNames
{
    private static readonly HashSet<string> ModelMembers = new(StringComparer.Ordinal)
    {
        "AdditionalData", "GetFieldDeserializers", "Serialize", "CreateFromDiscriminatorValue", "GetType", "GetHashCode", "Equals", "ToString",
    };

    private static readonly HashSet<string> ExceptionMembers = new(StringComparer.Ordinal)
    {
        "Message", "Data", "Source", "HelpLink", "HResult", "StackTrace", "TargetSite", "InnerException", "ResponseStatusCode", "ResponseHeaders", "GetBaseException", "GetObjectData",
    };

    public static string Escape(string name, string className, bool isError)
    {
        if (ModelMembers.Contains(name) || name == className || (isError && ExceptionMembers.Contains(name)))
        {
            return name + "Escaped";
        }

        return name;
    }
}
