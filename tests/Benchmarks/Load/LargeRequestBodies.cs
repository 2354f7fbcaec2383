using System.Globalization;
using System.Text;

namespace Benchmarks.Load;

/// <summary>
/// The JSON of the many-entry parts of <see cref="LargeRequestScenario"/>'s bodies: distinct names
/// made from a prefix and a number, so one request's entries never repeat and a prefix per request
/// makes entries another request has not sent.
/// </summary>
internal static class LargeRequestBodies
{
    /// <summary><c>{"p000000":"v",...}</c>: Essential <c>properties</c>.</summary>
    public static string Properties(int count, string prefix) => Join(count, '{', '}', (builder, index) => builder.Append('"').Append(Name(prefix, index)).Append("\":\"v\""));

    /// <summary><c>["p000000",...]</c>: Sequenzy tags (already in their normalised form).</summary>
    public static string Tags(int count, string prefix) => Join(count, '[', ']', (builder, index) => builder.Append('"').Append(Name(prefix, index)).Append('"'));

    /// <summary><c>[{"name":"p000000","value":"v"},...]</c>: Attentive custom identifiers.</summary>
    public static string CustomIdentifiers(int count, string prefix) =>
        Join(count, '[', ']', (builder, index) => builder.Append("{\"name\":\"").Append(Name(prefix, index)).Append("\",\"value\":\"v\"}"));

    private static string Name(string prefix, int index) => prefix + index.ToString("D6", CultureInfo.InvariantCulture);

    private static string Join(int count, char open, char close, Action<StringBuilder, int> append)
    {
        var builder = new StringBuilder(count * 40 + 2).Append(open);
        for (var index = 0; index < count; index++)
        {
            if (index > 0)
            {
                builder.Append(',');
            }

            append(builder, index);
        }

        return builder.Append(close).ToString();
    }
}
