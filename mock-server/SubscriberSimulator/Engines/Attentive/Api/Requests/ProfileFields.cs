using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// The personal attributes of a v2 user record (UserAttributesDtoV2 without <c>custom</c>), read as
/// values by their path ("firstName", "demographic.age"). Fields outside the schema are ignored, as
/// everywhere in Attentive's requests; the spec validator has checked the types.
/// </summary>
internal static class ProfileFields
{
    private static readonly string[] TopLevel = ["firstName", "lastName"];

    private static readonly (string Group, string[] Fields)[] Groups =
    [
        ("demographic", ["language", "dateOfBirth", "age", "organization", "title", "website"]),
        ("location", ["address1", "address2", "city", "state", "zip", "latitude", "longitude", "country", "region", "timezone"]),
        ("locale", ["language", "country"]),
    ];

    public static List<KeyValuePair<string, AttributeValue>> Read(JsonElement attributes, string path)
    {
        var values = new List<KeyValuePair<string, AttributeValue>>();
        Add(attributes, TopLevel, string.Empty, path, values);
        foreach (var (group, fields) in Groups)
        {
            if (JsonFields.Object(attributes, group, path + group) is { } groupObject)
            {
                Add(groupObject, fields, group + ".", path + group + ".", values);
            }
        }

        return values;
    }

    private static void Add(JsonElement parent, string[] fields, string prefix, string path, List<KeyValuePair<string, AttributeValue>> values)
    {
        foreach (var field in fields)
        {
            if (parent.TryGetProperty(field, out var value))
            {
                values.Add(new(prefix + field, AttributeValue.FromJson(value)
                    ?? throw RequestRefusedException.BadRequest($"{path}{field} must be a string or a number.")));
            }
        }
    }
}
