using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>Totals and per-email outcomes.</summary>
public sealed class SequenzyAddToListResult
{
    /// <summary>Subscribers that joined the list.</summary>
    public int AddedToList { get; init; }

    /// <summary>Subscribers created.</summary>
    public int Created { get; init; }

    /// <summary>Duplicate emails in the request.</summary>
    public int? DuplicateInputCount { get; init; }

    /// <summary>Emails that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Blank emails in the request.</summary>
    public int? IgnoredBlankCount { get; init; }

    /// <summary>The list.</summary>
    public string ListId { get; init; } = string.Empty;

    /// <summary>Emails processed after removing blanks and duplicates.</summary>
    public int Processed { get; init; }

    /// <summary>One outcome per processed email.</summary>
    public IReadOnlyList<SequenzyListAddEntry> Results { get; init; } = [];

    /// <summary>Existing subscribers left unchanged.</summary>
    public int Skipped { get; init; }

    /// <summary>Emails received.</summary>
    public int Total { get; init; }

    /// <summary>Existing subscribers changed.</summary>
    public int Updated { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
