using System.Text;

namespace Contract.Tests.Fuzz;

/// <summary>One generated request: its kind, path with query, and exact body bytes.</summary>
public sealed record FuzzCase(FuzzCaseKind Kind, string PathAndQuery, byte[]? Body, string Detail)
{
    public bool IsValid => Kind == FuzzCaseKind.Valid;

    /// <summary>
    /// Extra fields are allowed by every spec here (no schema says additionalProperties: false), so an
    /// extra field may be accepted; everything else marked invalid must be refused.
    /// </summary>
    public bool MayBeAccepted => Kind == FuzzCaseKind.ExtraField;

    public string Preview()
    {
        if (Body is null)
        {
            return "(no body)";
        }

        var text = Encoding.UTF8.GetString(Body);
        return text.Length <= 300 ? text : text[..300] + $"... ({Body.Length} bytes)";
    }
}
