using SubscriberSdk.Generator.Loading;

namespace SubscriberSdk.Generator.Building;

/// <summary>
/// Finds the component schemas used as error bodies (4XX/5XX/default), which must be generated as
/// ApiException subclasses before anything else refers to them.
/// </summary>
internal static class ErrorSchemaScanner
{
    public static ISet<string> Scan(SpecDocument document)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, pathItem) in document.Root.Get("paths")?.Members() ?? [])
        {
            foreach (var verb in HttpVerbs.All)
            {
                foreach (var (status, response) in pathItem.Get(verb)?.Get("responses")?.Members() ?? [])
                {
                    if (!StatusCodes.IsError(status))
                    {
                        continue;
                    }

                    if (document.Resolve(response).Get("content")?.Get("application/json")?.Get("schema") is { } schema)
                    {
                        document.Resolve(schema, out var schemaName);
                        if (schemaName is not null)
                        {
                            names.Add(schemaName);
                        }
                    }
                }
            }
        }

        return names;
    }
}
