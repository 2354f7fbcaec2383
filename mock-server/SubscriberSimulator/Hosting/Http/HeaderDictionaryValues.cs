using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Hosting.Http;

/// <summary>ASP.NET Core's request headers (already case-insensitive) as the kit's <see cref="IRequestValues"/>, without a copy.</summary>
internal sealed class HeaderDictionaryValues(IHeaderDictionary headers) : IRequestValues
{
    public IEnumerable<string> Names => headers.Keys;

    public bool TryGetValue(string name, out StringValues values) => headers.TryGetValue(name, out values);
}
