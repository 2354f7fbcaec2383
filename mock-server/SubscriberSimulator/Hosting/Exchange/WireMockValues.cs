using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Requests;
using WireMock.Types;

namespace SubscriberSimulator.Hosting.Exchange;

/// <summary>
/// WireMock.Net's header or query dictionary as the kit's <see cref="IRequestValues"/>, without a
/// copy. Names compare case-insensitively whatever the dictionary's comparer (WireMock.Net's header
/// dictionary is case-sensitive): a request has few headers, so a scan is cheaper than a copy.
/// </summary>
internal sealed class WireMockValues(IDictionary<string, WireMockList<string>>? values) : IRequestValues
{
    public IEnumerable<string> Names => values?.Keys ?? (IEnumerable<string>)[];

    public bool TryGetValue(string name, out StringValues found)
    {
        if (values is not null)
        {
            if (values.TryGetValue(name, out var exact))
            {
                found = ToStringValues(exact);
                return true;
            }

            foreach (var (key, list) in values)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    found = ToStringValues(list);
                    return true;
                }
            }
        }

        found = StringValues.Empty;
        return false;
    }

    private static StringValues ToStringValues(WireMockList<string> list) => list.Count == 1 ? new StringValues(list[0]) : new StringValues([.. list]);
}
