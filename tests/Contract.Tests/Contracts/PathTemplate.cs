namespace Contract.Tests.Contracts;

/// <summary>An OpenAPI path template ("/v2/account/subscribers/{subscriber_sid}") matched segment by segment.</summary>
internal sealed class PathTemplate
{
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        Template = template;
        _segments = template.Trim('/').Split('/');
        ParameterCount = _segments.Count(IsParameter);
    }

    public string Template { get; }

    /// <summary>Fewer parameters means more literal, and a literal route wins ("/subscribers/external" over "/subscribers/{email}").</summary>
    public int ParameterCount { get; }

    public bool Matches(string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (!IsParameter(_segments[i]) && !string.Equals(_segments[i], segments[i], StringComparison.Ordinal))
            {
                return false;
            }

            if (IsParameter(_segments[i]) && segments[i].Length == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
