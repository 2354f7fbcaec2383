using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Pipeline policy per Sequenzy operation.</summary>
internal static class SequenzyOperations
{
    // Create is upsert-style (external id, then email): a replay finds the first attempt's subscriber.
    public static readonly OperationPolicy Upsert = new("subscribers.create", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Get = new("subscribers.get");
    public static readonly OperationPolicy List = new("subscribers.list");
    public static readonly OperationPolicy Update = new("subscribers.update", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy Delete = new("subscribers.delete");
    public static readonly OperationPolicy AddTag = new("subscribers.add_tag", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy AddTags = new("subscribers.add_tags", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy RemoveTag = new("subscribers.remove_tag", RetrySafety.NaturalKeyUpsert);
    public static readonly OperationPolicy CreateImport = new("imports.create", RetrySafety.IdempotencyKey);
    public static readonly OperationPolicy GetImport = new("imports.get");
    public static readonly OperationPolicy ListLists = new("lists.list");
    public static readonly OperationPolicy AddToList = new("lists.add_subscribers", RetrySafety.NaturalKeyUpsert);
}
