namespace SubscriberSdk.Bulk;

/// <summary>What happened to one input record of a bulk run.</summary>
public enum BulkRecordStatus
{
    /// <summary>The record was not sent: the run stopped before its chunk (resume the run to send it).</summary>
    NotProcessed = 0,

    /// <summary>The provider created a new subscriber.</summary>
    Created,

    /// <summary>The provider updated an existing subscriber.</summary>
    Updated,

    /// <summary>
    /// The provider wrote the record but does not say whether it created or updated it
    /// (Mobile Text Alerts bulk create without <c>createOnly</c> reports both as created).
    /// </summary>
    CreatedOrUpdated,

    /// <summary>Nothing was written: a later duplicate in the input won, or the subscriber already existed under <c>createOnly</c>.</summary>
    Skipped,

    /// <summary>The record was rejected locally or by the provider; see the reason and whether a retry could help.</summary>
    Failed,
}
