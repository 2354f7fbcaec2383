using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Hosting.Http;

/// <summary>ASP.NET Core's query collection (already case-insensitive) as the kit's <see cref="IRequestValues"/>, without a copy.</summary>
internal sealed class QueryCollectionValues(IQueryCollection query) : IRequestValues
{
    public IEnumerable<string> Names => query.Keys;

    public bool TryGetValue(string name, out StringValues values) => query.TryGetValue(name, out values);
}
