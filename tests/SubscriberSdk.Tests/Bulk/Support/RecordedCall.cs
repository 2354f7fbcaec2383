namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>One HTTP attempt as the client's transport saw it: when it left (fake clock), where, and the status (0: no response).</summary>
internal sealed record RecordedCall(string Method, string Path, DateTimeOffset SentAt, int Status, string Body);
