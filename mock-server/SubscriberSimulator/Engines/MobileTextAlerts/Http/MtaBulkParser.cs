using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>Parses the bulk bodies in one pass over the already-parsed document.</summary>
internal static class MtaBulkParser
{
    public static MtaBulkCreateRequest ParseCreate(JsonElement body, IQueryCollection query)
    {
        var createOnly = ParseCreateOnly(query);
        MtaBulkLimits.CheckArray(body);
        var records = new Rules.MtaSubscriberInput[body.GetArrayLength()];
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            records[index] = MtaSubscriberParser.Parse(element, new MtaRecordLocation(index, false));
            index++;
        }

        return new MtaBulkCreateRequest(createOnly, records);
    }

    public static MtaBulkUpdateItem[] ParseUpdate(JsonElement body)
    {
        MtaBulkLimits.CheckArray(body);
        var items = new MtaBulkUpdateItem[body.GetArrayLength()];
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            items[index] = ParseUpdateItem(element, index);
            index++;
        }

        return items;
    }

    private static bool ParseCreateOnly(IQueryCollection query)
    {
        if (!query.TryGetValue("createOnly", out var values))
        {
            return false;
        }

        var text = values.Count == 1 ? values[0] : null;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw MtaRequestException.BadRequest("createOnly must be 'true' or 'false'.");
    }

    private static MtaBulkUpdateItem ParseUpdateItem(JsonElement element, int index)
    {
        var where = new MtaRecordLocation(index, false);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw MtaRequestException.BadRequest($"{where}each item must be an object with 'record' and one of 'id', 'phoneNumber' or 'email'.");
        }

        var item = default(MtaBulkUpdateItem);
        var identifiers = 0;
        var hasRecord = false;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("record"))
            {
                item.Record = MtaSubscriberParser.Parse(value, new MtaRecordLocation(index, true));
                hasRecord = true;
            }
            else if (property.NameEquals("id"))
            {
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out item.Id))
                {
                    throw MtaRequestException.BadRequest($"{where}id must be a whole number.");
                }

                item.Key = MtaBulkUpdateKey.Id;
                identifiers++;
            }
            else if (property.NameEquals("phoneNumber"))
            {
                item.Text = MtaSubscriberParser.Text(value, where, "phoneNumber");
                item.Key = MtaBulkUpdateKey.PhoneNumber;
                identifiers++;
            }
            else if (property.NameEquals("email"))
            {
                item.Text = MtaSubscriberParser.Text(value, where, "email");
                item.Key = MtaBulkUpdateKey.Email;
                identifiers++;
            }
            else
            {
                throw MtaRequestException.BadRequest($"{where}unknown field '{MtaSubscriberParser.Shorten(property.Name)}'.");
            }
        }

        if (!hasRecord)
        {
            throw MtaRequestException.BadRequest($"{where}'record' is required.");
        }

        return identifiers == 1
            ? item
            : throw MtaRequestException.BadRequest($"{where}give exactly one of 'id', 'phoneNumber' or 'email' to name the subscriber.");
    }
}
